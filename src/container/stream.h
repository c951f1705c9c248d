/* The engine's multiplexed exec stream (no tty): frames of an 8-byte
 * header [type, 0, 0, 0, length as uint32 big-endian] then length bytes.
 * Parsed from buffers split anywhere; payloads are streamed through to a
 * sink, never buffered whole, whatever length a header claims. */
#ifndef COSH_CONTAINER_STREAM_H
#define COSH_CONTAINER_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum stream_type {
	STREAM_STDIN = 0,   /* never sent; written to stdout like docker */
	STREAM_STDOUT = 1,
	STREAM_STDERR = 2,
	STREAM_SYSERR = 3,  /* an error of the engine itself (newer moby) */
};

struct stream_demux {
	unsigned char header[8];
	size_t header_len;
	uint32_t left;      /* payload bytes left in the current frame */
	int type;
};

/* Receives payload bytes of a frame of the given type (n > 0). Returns 0
 * to go on, or anything else to stop stream_demux_feed with that value. */
typedef int (*stream_sink)(void *ctx, int type, const char *data, size_t n);

void stream_demux_init(struct stream_demux *d);

/* Feeds n bytes of the stream. Returns 0, -1 when a header has an unknown
 * type (a protocol error), or the first non-zero sink result. */
int stream_demux_feed(struct stream_demux *d, const char *buf, size_t n,
		      stream_sink sink, void *ctx);

/* True between frames (the stream may end here cleanly). */
bool stream_demux_idle(const struct stream_demux *d);

#endif
