/* libFuzzer target for every parser of engine responses: the HTTP/1.1
 * response reader (fed in pieces split where the input says), the 8-byte
 * frame demultiplexer on what follows a 101, the JSON answers (error
 * message, exec create Id, exec inspect) and the start-failure
 * classification. Built by tests/fuzz/run with clang -fsanitize=fuzzer;
 * not part of make check.
 *
 * Input layout: byte 0 = flags for http_response_init (low 2 bits),
 * byte 1 = piece size for feeding (1-256), the rest = the bytes the
 * engine sent. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "container/api.h"
#include "container/failure.h"
#include "container/http.h"
#include "container/stream.h"

static int fuzz_sink(void *ctx, int type, const char *data, size_t n)
{
	size_t *total = ctx;

	if (type < 0 || type > 3 || n == 0)
		abort();
	*total += n;
	/* the hold-back check runs on the first bytes of output */
	(void)failure_match_start(data, n);
	return 0;
}

static void fuzz_demux(const char *data, size_t n, size_t piece)
{
	struct stream_demux d;
	size_t off = 0, total = 0;

	stream_demux_init(&d);
	while (off < n) {
		size_t k = n - off < piece ? n - off : piece;
		if (stream_demux_feed(&d, data + off, k, fuzz_sink, &total) < 0)
			return;
		off += k;
	}
	if (total > n)
		abort();
}

static void fuzz_bodies(const char *body, size_t len)
{
	char msg[512], id[65];
	struct api_status st;
	char *s;

	api_error_message(body, len, msg, sizeof(msg));
	if (strlen(msg) >= sizeof(msg))
		abort();
	if (api_id_parse(body, len, id) == 0 && strlen(id) > 64)
		abort();
	(void)api_inspect_parse(body, len, &st);
	s = malloc(len + 1);
	memcpy(s, body, len);
	s[len] = '\0';
	(void)failure_status(s, 126);
	(void)failure_sanitize(s);
	free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct http_response *r;
	const char *buf;
	size_t n, piece, off = 0;

	if (size < 2)
		return 0;
	r = malloc(sizeof(*r));
	http_response_init(r, data[0] & 3u);
	piece = (size_t)data[1] + 1;
	buf = (const char *)data + 2;
	n = size - 2;
	while (off < n && !http_response_done(r)) {
		size_t k = n - off < piece ? n - off : piece;
		ssize_t used = http_response_feed(r, buf + off, k);
		if (used < 0 || (size_t)used > k)
			goto out;
		off += (size_t)used;
		if ((size_t)used < k && !http_response_done(r))
			abort();       /* stops early only when complete */
	}
	if (!http_response_done(r))
		(void)http_response_eof(r);
	if (r->body.len > HTTP_BODY_MAX)
		abort();
	fuzz_bodies(r->body.data ? r->body.data : "", r->body.len);
	if (r->upgraded)
		fuzz_demux(buf + off, n - off, piece);
out:
	http_response_free(r);
	free(r);
	return 0;
}
