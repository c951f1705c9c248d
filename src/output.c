#include "output.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "strbuf.h"

void output_init(struct output *o, int fd)
{
	o->fd = fd;
	o->error = 0;
	o->len = 0;
}

int output_write_all(int fd, const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, buf, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += w;
		n -= (size_t)w;
	}
	return 0;
}

static void output_drain(struct output *o)
{
	if (o->len && output_write_all(o->fd, o->buf, o->len) < 0 && !o->error)
		o->error = errno;
	o->len = 0;
}

void output_write(struct output *o, const char *s, size_t n)
{
	if (o->len + n > sizeof o->buf)
		output_drain(o);
	if (n >= sizeof o->buf) {
		if (output_write_all(o->fd, s, n) < 0 && !o->error)
			o->error = errno;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

void output_str(struct output *o, const char *s)
{
	output_write(o, s, strlen(s));
}

void output_char(struct output *o, char c)
{
	if (o->len == sizeof o->buf)
		output_drain(o);
	o->buf[o->len++] = c;
}

void output_printf(struct output *o, const char *fmt, ...)
{
	struct strbuf sb = { 0 };
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	output_write(o, strbuf_str(&sb), sb.len);
	strbuf_release(&sb);
}

int output_flush(struct output *o)
{
	output_drain(o);
	return o->error ? -1 : 0;
}

void output_discard(struct output *o)
{
	o->len = 0;
}

void output_reset_error(struct output *o)
{
	o->error = 0;
}
