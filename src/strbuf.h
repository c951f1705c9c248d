/* Growable byte strings, always NUL-terminated. */
#ifndef COSH_STRBUF_H
#define COSH_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *data; /* owned by the strbuf; NULL until the first add */
	size_t len;
	size_t cap;
};

void strbuf_addc_grow(struct strbuf *sb, char c);
/* Appends c; inline because the lexer and expansion add byte by byte. */
static inline void strbuf_addc(struct strbuf *sb, char c)
{
	if (sb->len + 1 >= sb->cap) {
		strbuf_addc_grow(sb, c);
		return;
	}
	sb->data[sb->len++] = c;
	sb->data[sb->len] = '\0';
}
void strbuf_add(struct strbuf *sb, const char *s, size_t n);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/* Appends what can be read from fd up to its end (a read error ends it
 * too; EINTR is retried). */
void strbuf_read_fd(struct strbuf *sb, int fd);
/* Returns the contents ("" when empty); valid until the next add. */
const char *strbuf_str(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
/* Frees the buffer; the strbuf is empty afterwards. */
void strbuf_release(struct strbuf *sb);
/* Hands the buffer to the caller (who frees it); the strbuf is empty. */
char *strbuf_detach(struct strbuf *sb);

/* A growable NULL-terminated array of strings (the strings are not owned). */
struct strvec {
	char **items;
	size_t len;
	size_t cap;
};

void strvec_push(struct strvec *v, char *s);
void strvec_release(struct strvec *v);

#endif
