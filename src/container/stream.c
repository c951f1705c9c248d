/* Demultiplexing of the 8-byte-framed exec stream. */
#include <string.h>

#include "container/stream.h"

void stream_demux_init(struct stream_demux *d)
{
	memset(d, 0, sizeof(*d));
}

static int stream_header_done(struct stream_demux *d)
{
	const unsigned char *h = d->header;

	if (h[0] > STREAM_SYSERR)
		return -1;
	d->type = h[0];
	d->left = (uint32_t)h[4] << 24 | (uint32_t)h[5] << 16 |
		  (uint32_t)h[6] << 8 | (uint32_t)h[7];
	d->header_len = 0;
	return 0;
}

int stream_demux_feed(struct stream_demux *d, const char *buf, size_t n,
		      stream_sink sink, void *ctx)
{
	while (n > 0) {
		if (d->left == 0) {
			size_t take = sizeof(d->header) - d->header_len;
			if (take > n)
				take = n;
			memcpy(d->header + d->header_len, buf, take);
			d->header_len += take;
			buf += take;
			n -= take;
			if (d->header_len == sizeof(d->header) &&
			    stream_header_done(d) < 0)
				return -1;
			continue;
		}
		size_t take = n < d->left ? n : d->left;
		int r = sink(ctx, d->type, buf, take);
		d->left -= (uint32_t)take;
		buf += take;
		n -= take;
		if (r != 0)
			return r;
	}
	return 0;
}

bool stream_demux_idle(const struct stream_demux *d)
{
	return d->left == 0 && d->header_len == 0;
}
