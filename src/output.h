/* Buffered output for builtins. The buffer is flushed before every fork
 * and exec and after every builtin, so output never goes out of order. */
#ifndef COSH_OUTPUT_H
#define COSH_OUTPUT_H

#include <stddef.h>

struct output {
	int fd;
	int error;     /* errno of the first failed write since the last reset */
	size_t len;
	char buf[4096];
};

void output_init(struct output *o, int fd);
void output_write(struct output *o, const char *s, size_t n);
void output_str(struct output *o, const char *s);
void output_char(struct output *o, char c);
void output_printf(struct output *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Writes out the buffer. Returns 0, or -1 when any write since the last
 * output_reset_error failed (the errno is in o->error). */
int output_flush(struct output *o);
/* Discards buffered bytes without writing them (used in a forked child
 * that must not repeat its parent's pending output). */
void output_discard(struct output *o);
void output_reset_error(struct output *o);
/* Writes all of buf to fd, retrying after EINTR and short writes.
 * Returns 0 or -1 with errno set. */
int output_write_all(int fd, const char *buf, size_t n);

#endif
