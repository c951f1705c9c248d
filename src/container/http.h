/* HTTP/1.1 over buffers (STYLE.md 11): request text is built into a
 * strbuf and responses are parsed from bytes fed in pieces split anywhere,
 * so unit tests and the fuzzer drive the parser without a socket. Engine
 * responses are hostile input: lines, heads and bodies are capped. */
#ifndef COSH_CONTAINER_HTTP_H
#define COSH_CONTAINER_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "strbuf.h"

#define HTTP_LINE_MAX 8192
#define HTTP_HEAD_MAX 65536
#define HTTP_BODY_MAX (1024 * 1024)

/* Flags for http_response_init. */
#define HTTP_HIJACK 0x1u  /* the request asked for Upgrade: tcp */
#define HTTP_NOBODY 0x2u  /* the request was HEAD */

enum http_state {
	HTTP_STATUS_LINE,
	HTTP_HEADER,
	HTTP_BODY_LENGTH,
	HTTP_BODY_CLOSE,
	HTTP_CHUNK_SIZE,
	HTTP_CHUNK_DATA,
	HTTP_CHUNK_END,
	HTTP_TRAILER,
	HTTP_DONE,
};

struct http_response {
	int status;                 /* 100-599 once the status line is read */
	long long content_length;   /* -1 when absent */
	bool chunked;
	bool close;                 /* Connection: close */
	bool upgraded;              /* done at the end of the head: what
				       follows is the raw stream */
	bool libpod;                /* Libpod-Api-Version seen (Podman) */
	char api_version[16];       /* Api-Version, "" when absent */
	struct strbuf body;         /* owned; at most HTTP_BODY_MAX bytes */

	enum http_state state;
	unsigned flags;
	char line[HTTP_LINE_MAX];
	size_t line_len;
	size_t head_len;
	unsigned long long left;    /* bytes left in the body or chunk */
};

/* Appends a request to sb: method, path, "Host: docker", and when body is
 * not NULL Content-Type: application/json and Content-Length (POST without
 * a body gets Content-Length: 0). upgrade adds Connection: Upgrade and
 * Upgrade: tcp (the hijacked exec start). */
void http_request_build(struct strbuf *sb, const char *method,
			const char *path, const char *body, bool upgrade);

/* Prepares r for a new response (flags: HTTP_HIJACK, HTTP_NOBODY). */
void http_response_init(struct http_response *r, unsigned flags);
/* Releases the body. */
void http_response_free(struct http_response *r);

/* Feeds n bytes. Returns how many were consumed: fewer than n only when the
 * response is complete (the rest is the hijacked stream or the next
 * response), or -1 on a malformed or oversized response. */
ssize_t http_response_feed(struct http_response *r, const char *buf,
			   size_t n);
/* The peer closed the connection. Returns 0 when that completes the
 * response (a body read until close, or already done), -1 when it was cut
 * short. */
int http_response_eof(struct http_response *r);

static inline bool http_response_done(const struct http_response *r)
{
	return r->state == HTTP_DONE;
}

#endif
