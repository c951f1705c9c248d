/* Unit tests of the HTTP/1.1 response parser and request builder
 * (src/container/http.c): Content-Length, chunked, the 101 upgrade, and
 * input split at every byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "container/http.h"

/* Feeds s in two pieces split at cut; returns the total consumed, or -1. */
static ssize_t feed_split(struct http_response *r, const char *s, size_t n,
			  size_t cut)
{
	ssize_t a = http_response_feed(r, s, cut), b;

	if (a < 0)
		return -1;
	if ((size_t)a < cut)
		return a;                  /* done early */
	b = http_response_feed(r, s + cut, n - cut);
	return b < 0 ? -1 : a + b;
}

static void check_every_split(const char *s, unsigned flags, int status,
			      const char *body, size_t consumed)
{
	size_t n = strlen(s), cut;

	for (cut = 0; cut <= n; cut++) {
		struct http_response *r = malloc(sizeof(*r));
		http_response_init(r, flags);
		assert_int_equal(feed_split(r, s, n, cut), (ssize_t)consumed);
		assert_true(http_response_done(r));
		assert_int_equal(r->status, status);
		assert_int_equal(r->body.len, strlen(body));
		if (r->body.len)
			assert_memory_equal(r->body.data, body, r->body.len);
		http_response_free(r);
		free(r);
	}
}

static void test_content_length(void **state)
{
	const char *s = "HTTP/1.1 201 Created\r\nApi-Version: 1.41\r\n"
			"Content-Type: application/json\r\n"
			"Content-Length: 13\r\n\r\n{\"Id\":\"abc\"}\n";
	(void)state;
	check_every_split(s, 0, 201, "{\"Id\":\"abc\"}\n", strlen(s));
}

static void test_headers(void **state)
{
	struct http_response r;
	const char *s = "HTTP/1.1 200 OK\r\napi-version:1.41\r\n"
			"Libpod-Api-Version: 4.3.1\r\nConnection: close\r\n"
			"Content-Length: 2\r\n\r\nOK";
	(void)state;
	http_response_init(&r, 0);
	assert_int_equal(http_response_feed(&r, s, strlen(s)), strlen(s));
	assert_true(http_response_done(&r));
	assert_string_equal(r.api_version, "1.41");
	assert_true(r.libpod);
	assert_true(r.close);
	http_response_free(&r);
}

static void test_chunked(void **state)
{
	const char *s = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
			"5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld!\r\n"
			"0\r\nX-Trailer: 1\r\n\r\n";
	(void)state;
	check_every_split(s, 0, 200, "hello world!", strlen(s));
}

static void test_upgrade_keeps_stream(void **state)
{
	const char head[] = "HTTP/1.1 101 UPGRADED\r\n"
			    "Content-Type: application/vnd.docker.raw-stream\r\n"
			    "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n";
	char s[256];
	(void)state;
	snprintf(s, sizeof(s), "%s%s", head, "\x01\0\0\0");
	/* the stream bytes after the head are not consumed */
	check_every_split(s, HTTP_HIJACK, 101, "", strlen(head));
}

static void test_hijack_200(void **state)
{
	const char *s = "HTTP/1.1 200 OK\r\nContent-Type: "
			"application/vnd.docker.raw-stream\r\n\r\nSTREAM";
	struct http_response r;
	(void)state;
	http_response_init(&r, HTTP_HIJACK);
	assert_int_equal(http_response_feed(&r, s, strlen(s)),
			 strlen(s) - 6);
	assert_true(r.upgraded);
	http_response_free(&r);
}

static void test_hijack_error_has_body(void **state)
{
	const char *s = "HTTP/1.1 409 Conflict\r\nContent-Length: 27\r\n\r\n"
			"{\"message\":\"is paused x\"}\n\n";
	(void)state;
	check_every_split(s, HTTP_HIJACK, 409, "{\"message\":\"is paused x\"}\n\n",
			  strlen(s));
}

static void test_body_until_close(void **state)
{
	struct http_response r;
	const char *s = "HTTP/1.0 400 Bad Request\r\n\r\nclient version 1.11 "
			"is too old";
	(void)state;
	http_response_init(&r, 0);
	assert_int_equal(http_response_feed(&r, s, strlen(s)), strlen(s));
	assert_false(http_response_done(&r));
	assert_int_equal(http_response_eof(&r), 0);
	assert_true(http_response_done(&r));
	assert_int_equal(r.status, 400);
	assert_int_equal(r.body.len, 30);
	http_response_free(&r);
}

static void test_bare_lf_and_continue(void **state)
{
	const char *s = "HTTP/1.1 100 Continue\n\nHTTP/1.1 204 No Content\n"
			"Server: x\n\n";
	(void)state;
	check_every_split(s, 0, 204, "", strlen(s));
}

static void test_no_body_statuses(void **state)
{
	const char *s = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n";
	(void)state;
	check_every_split(s, HTTP_NOBODY, 200, "", strlen(s));
}

static void expect_error(const char *s, unsigned flags)
{
	size_t n = strlen(s), cut;

	for (cut = 0; cut <= n; cut++) {
		struct http_response *r = malloc(sizeof(*r));
		ssize_t k;
		http_response_init(r, flags);
		k = feed_split(r, s, n, cut);
		assert_true(k < 0 || http_response_eof(r) < 0);
		http_response_free(r);
		free(r);
	}
}

static void test_errors(void **state)
{
	(void)state;
	expect_error("HTTP/2 200 OK\r\n\r\n", 0);
	expect_error("HTTP/1.1 20 OK\r\n\r\n", 0);
	expect_error("HTTP/1.1 999 OK\r\n\r\n", 0);
	expect_error("garbage\r\n\r\n", 0);
	expect_error("HTTP/1.1 200 OK\r\nno colon\r\n\r\n", 0);
	expect_error("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", 0);
	expect_error("HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n",
		     0);
	expect_error("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", 0);
	expect_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
		     "zz\r\n", 0);
	expect_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
		     "2\r\nabX\r\n", 0);
	expect_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
		     "fffffffffffffffffff\r\n", 0);
	expect_error("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
		     "5\r\nab", 0);
	expect_error("HTTP/1.1 101 UPGRADED\r\nX: a\0b\r\n\r\n", HTTP_HIJACK);
}

static void test_line_too_long(void **state)
{
	size_t n = HTTP_LINE_MAX + 64;
	char *s = malloc(n + 1);
	struct http_response *r = malloc(sizeof(*r));
	(void)state;
	memcpy(s, "HTTP/1.1 200 OK\r\nX: ", 20);
	memset(s + 20, 'a', n - 20);
	s[n] = '\0';
	http_response_init(r, 0);
	assert_int_equal(http_response_feed(r, s, n), -1);
	http_response_free(r);
	free(r);
	free(s);
}

static void test_request_build(void **state)
{
	struct strbuf sb = { 0 };
	(void)state;
	http_request_build(&sb, "POST", "/v1.41/exec/x/start", "{}", true);
	assert_string_equal(strbuf_str(&sb),
		"POST /v1.41/exec/x/start HTTP/1.1\r\nHost: docker\r\n"
		"User-Agent: cosh\r\nContent-Type: application/json\r\n"
		"Content-Length: 2\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n"
		"\r\n{}");
	strbuf_reset(&sb);
	http_request_build(&sb, "GET", "/_ping", NULL, false);
	assert_string_equal(strbuf_str(&sb), "GET /_ping HTTP/1.1\r\n"
			    "Host: docker\r\nUser-Agent: cosh\r\n\r\n");
	strbuf_reset(&sb);
	http_request_build(&sb, "POST", "/r", NULL, false);
	assert_non_null(strstr(strbuf_str(&sb), "Content-Length: 0\r\n"));
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_content_length),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_chunked),
		cmocka_unit_test(test_upgrade_keeps_stream),
		cmocka_unit_test(test_hijack_200),
		cmocka_unit_test(test_hijack_error_has_body),
		cmocka_unit_test(test_body_until_close),
		cmocka_unit_test(test_bare_lf_and_continue),
		cmocka_unit_test(test_no_body_statuses),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_line_too_long),
		cmocka_unit_test(test_request_build),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
