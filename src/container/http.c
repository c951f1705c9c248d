/* HTTP/1.1 request building and an incremental response parser. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "container/http.h"

void http_request_build(struct strbuf *sb, const char *method,
			const char *path, const char *body, bool upgrade)
{
	strbuf_addf(sb, "%s %s HTTP/1.1\r\nHost: docker\r\n"
		    "User-Agent: cosh\r\n", method, path);
	if (body)
		strbuf_addf(sb, "Content-Type: application/json\r\n"
			    "Content-Length: %zu\r\n", strlen(body));
	else if (strcmp(method, "POST") == 0)
		strbuf_adds(sb, "Content-Length: 0\r\n");
	if (upgrade)
		strbuf_adds(sb, "Connection: Upgrade\r\nUpgrade: tcp\r\n");
	strbuf_adds(sb, "\r\n");
	if (body)
		strbuf_adds(sb, body);
}

void http_response_init(struct http_response *r, unsigned flags)
{
	memset(r, 0, offsetof(struct http_response, line));
	r->line_len = 0;
	r->head_len = 0;
	r->left = 0;
	r->content_length = -1;
	r->flags = flags;
	r->state = HTTP_STATUS_LINE;
}

void http_response_free(struct http_response *r)
{
	strbuf_release(&r->body);
}

/* "HTTP/1.x NNN ..." */
static int http_status_line(struct http_response *r, const char *s)
{
	if (strncmp(s, "HTTP/1.", 7) != 0 || !isdigit((unsigned char)s[7]) ||
	    s[8] != ' ')
		return -1;
	s += 9;
	if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
	    !isdigit((unsigned char)s[2]) ||
	    (s[3] != '\0' && s[3] != ' ' && s[3] != ':'))
		return -1;
	r->status = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	if (r->status < 100 || r->status > 599)
		return -1;
	r->state = HTTP_HEADER;
	return 0;
}

static const char *http_skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Parses a non-negative decimal or hex number up to the first character
 * not a digit; -1 when there is none or it overflows. */
static long long http_number(const char *s, int base, const char **end)
{
	unsigned long long v = 0;
	const char *p = s;

	*end = s;

	for (;; p++) {
		int d;
		if (isdigit((unsigned char)*p))
			d = *p - '0';
		else if (base == 16 && isxdigit((unsigned char)*p))
			d = tolower((unsigned char)*p) - 'a' + 10;
		else
			break;
		if (v > (unsigned long long)(1LL << 50))
			return -1;
		v = v * (unsigned)base + (unsigned)d;
	}
	*end = p;
	return p == s ? -1 : (long long)v;
}

static int http_header(struct http_response *r, char *s)
{
	char *colon = strchr(s, ':');
	const char *v, *end;

	if (!colon || colon == s)
		return -1;
	*colon = '\0';
	v = http_skip_space(colon + 1);
	if (strcasecmp(s, "Content-Length") == 0) {
		r->content_length = http_number(v, 10, &end);
		if (r->content_length < 0 || *http_skip_space(end))
			return -1;
	} else if (strcasecmp(s, "Transfer-Encoding") == 0) {
		r->chunked = strcasestr(v, "chunked") != NULL;
	} else if (strcasecmp(s, "Connection") == 0) {
		r->close = strcasestr(v, "close") != NULL;
	} else if (strcasecmp(s, "Api-Version") == 0) {
		size_t n = strcspn(v, " \t");
		if (n >= sizeof(r->api_version))
			n = sizeof(r->api_version) - 1;
		memcpy(r->api_version, v, n);
		r->api_version[n] = '\0';
	} else if (strcasecmp(s, "Libpod-Api-Version") == 0) {
		r->libpod = true;
	}
	return 0;
}

/* The blank line after the headers: decides how the body is framed. */
static int http_end_of_head(struct http_response *r)
{
	if (r->status >= 100 && r->status < 200 && r->status != 101) {
		unsigned flags = r->flags;
		http_response_free(r);
		http_response_init(r, flags);   /* 100 Continue: skip it */
		return 0;
	}
	if ((r->flags & HTTP_HIJACK) &&
	    (r->status == 101 ||
	     (r->status == 200 && !r->chunked && r->content_length < 0))) {
		r->upgraded = true;
		r->state = HTTP_DONE;
	} else if ((r->flags & HTTP_NOBODY) || r->status == 101 ||
		   r->status == 204 || r->status == 304) {
		r->state = HTTP_DONE;
	} else if (r->chunked) {
		r->state = HTTP_CHUNK_SIZE;
	} else if (r->content_length >= 0) {
		if (r->content_length > HTTP_BODY_MAX)
			return -1;
		r->left = (unsigned long long)r->content_length;
		r->state = r->left ? HTTP_BODY_LENGTH : HTTP_DONE;
	} else {
		r->state = HTTP_BODY_CLOSE;
	}
	return 0;
}

static int http_chunk_size(struct http_response *r, const char *s)
{
	const char *end;
	long long n = http_number(s, 16, &end);

	end = http_skip_space(end);
	if (n < 0 || (*end != '\0' && *end != ';'))
		return -1;
	if ((unsigned long long)n + r->body.len > HTTP_BODY_MAX)
		return -1;
	r->left = (unsigned long long)n;
	r->state = n ? HTTP_CHUNK_DATA : HTTP_TRAILER;
	return 0;
}

/* Handles one complete line (without its line ending). */
static int http_line(struct http_response *r, char *s)
{
	switch (r->state) {
	case HTTP_STATUS_LINE:
		return http_status_line(r, s);
	case HTTP_HEADER:
		if (*s == '\0')
			return http_end_of_head(r);
		return http_header(r, s);
	case HTTP_CHUNK_SIZE:
		return http_chunk_size(r, s);
	case HTTP_CHUNK_END:
		if (*s != '\0')
			return -1;
		r->state = HTTP_CHUNK_SIZE;
		return 0;
	case HTTP_TRAILER:
		if (*s == '\0')
			r->state = HTTP_DONE;
		return 0;
	default:
		return -1;
	}
}

/* Collects a line from buf; returns bytes consumed or -1. */
static ssize_t http_feed_line(struct http_response *r, const char *buf,
			      size_t n)
{
	const char *nl = memchr(buf, '\n', n);
	size_t take = nl ? (size_t)(nl - buf) + 1 : n;
	bool in_head = r->state == HTTP_STATUS_LINE || r->state == HTTP_HEADER;

	if (r->line_len + take > HTTP_LINE_MAX)
		return -1;
	if (in_head && (r->head_len += take) > HTTP_HEAD_MAX)
		return -1;
	memcpy(r->line + r->line_len, buf, take);
	r->line_len += take;
	if (!nl)
		return (ssize_t)take;
	r->line_len--;                                /* the '\n' */
	if (r->line_len && r->line[r->line_len - 1] == '\r')
		r->line_len--;
	if (memchr(r->line, '\0', r->line_len))
		return -1;                            /* NUL inside a line */
	r->line[r->line_len] = '\0';
	r->line_len = 0;
	if (http_line(r, r->line) < 0)
		return -1;
	return (ssize_t)take;
}

static ssize_t http_feed_body(struct http_response *r, const char *buf,
			      size_t n)
{
	size_t take = n;

	if (r->state != HTTP_BODY_CLOSE && take > r->left)
		take = (size_t)r->left;
	if (r->body.len + take > HTTP_BODY_MAX)
		return -1;
	strbuf_add(&r->body, buf, take);
	if (r->state == HTTP_BODY_CLOSE)
		return (ssize_t)take;
	r->left -= take;
	if (r->left == 0)
		r->state = r->state == HTTP_CHUNK_DATA ? HTTP_CHUNK_END
						       : HTTP_DONE;
	return (ssize_t)take;
}

ssize_t http_response_feed(struct http_response *r, const char *buf,
			   size_t n)
{
	size_t used = 0;

	while (used < n && r->state != HTTP_DONE) {
		ssize_t k;
		if (r->state == HTTP_BODY_LENGTH || r->state == HTTP_BODY_CLOSE ||
		    r->state == HTTP_CHUNK_DATA)
			k = http_feed_body(r, buf + used, n - used);
		else
			k = http_feed_line(r, buf + used, n - used);
		if (k < 0)
			return -1;
		used += (size_t)k;
	}
	return (ssize_t)used;
}

int http_response_eof(struct http_response *r)
{
	if (r->state == HTTP_BODY_CLOSE)
		r->state = HTTP_DONE;
	return r->state == HTTP_DONE ? 0 : -1;
}
