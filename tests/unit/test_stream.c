/* Unit tests of the exec stream demultiplexer (src/container/stream.c):
 * frames split at every byte, unknown types, payloads streamed through. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "container/stream.h"
#include "strbuf.h"

struct collect {
	struct strbuf by_type[4];
	struct strbuf order;     /* type digit per call, to check ordering */
	size_t calls;
	size_t stop_after;       /* stop with 9 after this many calls, or 0 */
};

static int collect_sink(void *ctx, int type, const char *data, size_t n)
{
	struct collect *c = ctx;

	assert_true(n > 0);
	strbuf_add(&c->by_type[type], data, n);
	strbuf_addc(&c->order, (char)('0' + type));
	c->calls++;
	return c->stop_after && c->calls >= c->stop_after ? 9 : 0;
}

static void collect_free(struct collect *c)
{
	int i;

	for (i = 0; i < 4; i++)
		strbuf_release(&c->by_type[i]);
	strbuf_release(&c->order);
}

static size_t frame(char *out, int type, const char *payload, size_t n)
{
	out[0] = (char)type;
	out[1] = out[2] = out[3] = 0;
	out[4] = (char)(n >> 24);
	out[5] = (char)(n >> 16);
	out[6] = (char)(n >> 8);
	out[7] = (char)n;
	memcpy(out + 8, payload, n);
	return n + 8;
}

/* stdout "out\n", stderr "err\n", stdout 300 bytes, stdin "in" */
static size_t sample(char *buf, char *big)
{
	size_t n = 0;

	memset(big, 'x', 300);
	n += frame(buf + n, 1, "out\n", 4);
	n += frame(buf + n, 2, "err\n", 4);
	n += frame(buf + n, 1, big, 300);
	n += frame(buf + n, 0, "in", 2);
	return n;
}

static void check_sample(struct collect *c, const char *big)
{
	assert_int_equal(c->by_type[1].len, 304);
	assert_memory_equal(c->by_type[1].data, "out\n", 4);
	assert_memory_equal(c->by_type[1].data + 4, big, 300);
	assert_int_equal(c->by_type[2].len, 4);
	assert_memory_equal(c->by_type[2].data, "err\n", 4);
	assert_int_equal(c->by_type[0].len, 2);
}

static void test_whole(void **state)
{
	char buf[512], big[300];
	size_t n = sample(buf, big);
	struct stream_demux d;
	struct collect c = { 0 };
	(void)state;
	stream_demux_init(&d);
	assert_true(stream_demux_idle(&d));
	assert_int_equal(stream_demux_feed(&d, buf, n, collect_sink, &c), 0);
	assert_true(stream_demux_idle(&d));
	check_sample(&c, big);
	assert_string_equal(strbuf_str(&c.order), "1210");
	collect_free(&c);
}

static void test_split_every_byte(void **state)
{
	char buf[512], big[300];
	size_t n = sample(buf, big), cut, cut2;
	(void)state;
	for (cut = 0; cut <= n; cut++) {
		for (cut2 = cut; cut2 <= n; cut2 += 7) {
			struct stream_demux d;
			struct collect c = { 0 };
			stream_demux_init(&d);
			assert_int_equal(stream_demux_feed(&d, buf, cut,
							   collect_sink, &c), 0);
			assert_int_equal(stream_demux_feed(&d, buf + cut,
							   cut2 - cut,
							   collect_sink, &c), 0);
			assert_int_equal(stream_demux_feed(&d, buf + cut2,
							   n - cut2,
							   collect_sink, &c), 0);
			assert_true(stream_demux_idle(&d));
			check_sample(&c, big);
			collect_free(&c);
		}
	}
}

static void test_byte_by_byte(void **state)
{
	char buf[512], big[300];
	size_t n = sample(buf, big), i;
	struct stream_demux d;
	struct collect c = { 0 };
	(void)state;
	stream_demux_init(&d);
	for (i = 0; i < n; i++) {
		assert_int_equal(stream_demux_feed(&d, buf + i, 1,
						   collect_sink, &c), 0);
		assert_true(stream_demux_idle(&d) == (i + 1 == 12 ||
			    i + 1 == 24 || i + 1 == 332 || i + 1 == n));
	}
	check_sample(&c, big);
	collect_free(&c);
}

static void test_bad_type(void **state)
{
	char buf[64];
	size_t n = frame(buf, 4, "zz", 2);
	struct stream_demux d;
	struct collect c = { 0 };
	(void)state;
	stream_demux_init(&d);
	assert_int_equal(stream_demux_feed(&d, buf, n, collect_sink, &c), -1);
	assert_int_equal(c.calls, 0);
	stream_demux_init(&d);
	n = frame(buf, 1, "ok", 2);
	buf[n] = (char)0xff;
	assert_int_equal(stream_demux_feed(&d, buf, n + 8, collect_sink, &c),
			 -1);
	assert_int_equal(c.by_type[1].len, 2);
	collect_free(&c);
}

static void test_huge_length_streams(void **state)
{
	/* a header claiming 4 GiB - 1: payload passes through as it comes */
	const char hdr[8] = { 2, 0, 0, 0, (char)0xff, (char)0xff, (char)0xff,
			      (char)0xff };
	struct stream_demux d;
	struct collect c = { 0 };
	(void)state;
	stream_demux_init(&d);
	assert_int_equal(stream_demux_feed(&d, hdr, 8, collect_sink, &c), 0);
	assert_int_equal(stream_demux_feed(&d, "abc", 3, collect_sink, &c), 0);
	assert_int_equal(c.by_type[2].len, 3);
	assert_false(stream_demux_idle(&d));
	assert_int_equal(d.left, 0xffffffffu - 3);
	collect_free(&c);
}

static void test_zero_length_and_sink_stop(void **state)
{
	char buf[64];
	size_t n = frame(buf, 1, "", 0);
	struct stream_demux d;
	struct collect c = { .stop_after = 1 };
	(void)state;
	n += frame(buf + n, 1, "ab", 2);
	n += frame(buf + n, 2, "cd", 2);
	stream_demux_init(&d);
	assert_int_equal(stream_demux_feed(&d, buf, n, collect_sink, &c), 9);
	assert_int_equal(c.calls, 1);
	assert_int_equal(c.by_type[1].len, 2);
	collect_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole),
		cmocka_unit_test(test_split_every_byte),
		cmocka_unit_test(test_byte_by_byte),
		cmocka_unit_test(test_bad_type),
		cmocka_unit_test(test_huge_length_streams),
		cmocka_unit_test(test_zero_length_and_sink_stop),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
