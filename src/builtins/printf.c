/* printf (XCU printf).
 *
 * The format is written with its escapes decoded and each conversion
 * specification replaced by the next argument; the format is reused while
 * arguments remain and a pass consumed some. Missing arguments count as 0
 * or the empty string. A numeric argument may be a C integer constant
 * (decimal, 0octal, 0xhex) with an optional sign, or a quote character
 * followed by a character whose byte value is taken. An argument that is
 * not completely converted is diagnosed, makes the status 1, and the value
 * converted so far is used (as in dash and bash). Length modifiers
 * (h l L j z t) are accepted and ignored, as bash does. Unspecified
 * points follow dash: \c in the format is printed literally, %c of an
 * empty argument writes a NUL byte, and %b also takes \ddd without the 0.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"
#include "strbuf.h"

struct printf_state {
	struct shell *sh;
	char **args;
	int nargs;
	int next;      /* index of the next unused argument */
	int status;
	bool stop;     /* \c in %b or a format error: no more output */
};

/* One conversion specification: flags, width, precision, conversion. */
struct printf_spec {
	char flags[8];
	int width;     /* -1 when absent */
	int prec;      /* -1 when absent */
	char conv;
	const char *start; /* the '%' in the format, for messages */
	size_t len;        /* length of the specification */
};

static bool printf_is_octal(char c)
{
	return c >= '0' && c <= '7';
}

static const char *printf_next_arg(struct printf_state *st)
{
	if (st->next < st->nargs)
		return st->args[st->next++];
	return NULL;
}

/* Reports a bad numeric argument; status becomes 1 (XCU printf). */
static void printf_bad_number(struct printf_state *st, const char *arg,
			      const char *end, int err)
{
	if (err == ERANGE)
		error_print(st->sh, "printf: %s: %s", arg, strerror(ERANGE));
	else if (end == arg)
		error_print(st->sh, "printf: %s: expected numeric value", arg);
	else
		error_print(st->sh, "printf: %s: not completely converted",
			    arg);
	st->status = 1;
}

/* The value of a leading-quote argument ('a or "a): the next byte. */
static bool printf_quoted_char(const char *arg, uintmax_t *out)
{
	if (arg[0] != '\'' && arg[0] != '"')
		return false;
	*out = (unsigned char)arg[1];
	return true;
}

static intmax_t printf_get_int(struct printf_state *st)
{
	const char *arg = printf_next_arg(st);
	uintmax_t q;
	if (!arg || !*arg)
		return 0;
	if (printf_quoted_char(arg, &q))
		return (intmax_t)q;
	char *end;
	errno = 0;
	intmax_t v = strtoimax(arg, &end, 0);
	if (errno == ERANGE || end == arg || *end)
		printf_bad_number(st, arg, end, errno);
	return v;
}

static uintmax_t printf_get_uint(struct printf_state *st)
{
	const char *arg = printf_next_arg(st);
	uintmax_t q;
	if (!arg || !*arg)
		return 0;
	if (printf_quoted_char(arg, &q))
		return q;
	char *end;
	errno = 0;
	uintmax_t v = strtoumax(arg, &end, 0);
	if (errno == ERANGE || end == arg || *end)
		printf_bad_number(st, arg, end, errno);
	return v;
}

static double printf_get_double(struct printf_state *st)
{
	const char *arg = printf_next_arg(st);
	uintmax_t q;
	if (!arg || !*arg)
		return 0;
	if (printf_quoted_char(arg, &q))
		return (double)q;
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (errno == ERANGE || end == arg || *end)
		printf_bad_number(st, arg, end, errno);
	return v;
}

/* A width or precision given as '*': an int argument. */
static int printf_get_star(struct printf_state *st)
{
	intmax_t v = printf_get_int(st);
	if (v > 1000000)
		return 1000000;
	if (v < -1000000)
		return -1000000;
	return (int)v;
}

/* Decodes a format escape after the backslash at *sp (XCU printf: the
 * XBD 5 escapes and \ddd). An unknown escape leaves the backslash as is.
 * Returns the byte and advances *sp. */
static char printf_format_escape(const char **sp)
{
	const char *s = *sp;
	int value = 0;
	int digits = 0;

	switch (*s) {
	case 'a': value = '\a'; break;
	case 'b': value = '\b'; break;
	case 'f': value = '\f'; break;
	case 'n': value = '\n'; break;
	case 'r': value = '\r'; break;
	case 't': value = '\t'; break;
	case 'v': value = '\v'; break;
	case '\\': value = '\\'; break;
	default:
		if (!printf_is_octal(*s))
			return '\\';
		while (digits < 3 && printf_is_octal(*s)) {
			value = value * 8 + (*s++ - '0');
			digits++;
		}
		*sp = s;
		return (char)value;
	}
	*sp = s + 1;
	return (char)value;
}

/* Decodes the %b escapes of arg into sb (XCU printf %b, the XSI echo
 * escapes: \0ddd, \c, and the format escapes). Returns false when \c was
 * met. */
static bool printf_b_decode(const char *s, struct strbuf *sb)
{
	while (*s) {
		if (*s != '\\') {
			strbuf_addc(sb, *s++);
			continue;
		}
		s++;
		if (*s == 'c')
			return false;
		/* \0ddd: the 0 introduces up to three more digits. */
		if (*s == '0' && printf_is_octal(s[1]))
			s++;
		strbuf_addc(sb, printf_format_escape(&s));
	}
	return true;
}

/* Writes n bytes padded with spaces to the width of spec. */
static void printf_pad_write(struct printf_state *st,
			     const struct printf_spec *sp,
			     const char *data, size_t n)
{
	bool left = strchr(sp->flags, '-') != NULL;
	size_t pad = sp->width > 0 && (size_t)sp->width > n ?
		(size_t)sp->width - n : 0;
	if (!left)
		for (size_t i = 0; i < pad; i++)
			output_char(&st->sh->out, ' ');
	output_write(&st->sh->out, data, n);
	if (left)
		for (size_t i = 0; i < pad; i++)
			output_char(&st->sh->out, ' ');
}

/* Builds in cfmt the C format for a numeric conversion: "%FLAGS[W][.P]LC"
 * where L is the length modifier of the C type used. */
static void printf_c_format(const struct printf_spec *sp, const char *length,
			    struct strbuf *cfmt)
{
	strbuf_addc(cfmt, '%');
	strbuf_adds(cfmt, sp->flags);
	if (sp->width >= 0)
		strbuf_addf(cfmt, "%d", sp->width);
	if (sp->prec >= 0)
		strbuf_addf(cfmt, ".%d", sp->prec);
	strbuf_adds(cfmt, length);
	strbuf_addc(cfmt, sp->conv);
}

/* Converts a numeric argument and writes it. The C format is built from
 * the user's specification (checked by printf_parse_spec), so it cannot be
 * a literal. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void printf_number(struct printf_state *st,
			  const struct printf_spec *sp)
{
	struct strbuf cfmt = { 0 };
	struct strbuf out = { 0 };

	switch (sp->conv) {
	case 'd': case 'i':
		printf_c_format(sp, "j", &cfmt);
		strbuf_addf(&out, strbuf_str(&cfmt), printf_get_int(st));
		break;
	case 'o': case 'u': case 'x': case 'X':
		printf_c_format(sp, "j", &cfmt);
		strbuf_addf(&out, strbuf_str(&cfmt), printf_get_uint(st));
		break;
	default:
		printf_c_format(sp, "", &cfmt);
		strbuf_addf(&out, strbuf_str(&cfmt), printf_get_double(st));
		break;
	}
	output_write(&st->sh->out, strbuf_str(&out), out.len);
	strbuf_release(&out);
	strbuf_release(&cfmt);
}
#pragma GCC diagnostic pop

/* Converts one specification (its argument taken from st). */
static void printf_convert(struct printf_state *st,
			   const struct printf_spec *sp)
{
	const char *arg;
	struct strbuf sb = { 0 };
	size_t n;

	switch (sp->conv) {
	case 'c':
		arg = printf_next_arg(st);
		/* The first byte; an empty argument gives NUL as in dash
		 * and bash. */
		printf_pad_write(st, sp, arg ? arg : "", 1);
		return;
	case 's':
		arg = printf_next_arg(st);
		if (!arg)
			arg = "";
		n = strlen(arg);
		if (sp->prec >= 0 && (size_t)sp->prec < n)
			n = (size_t)sp->prec;
		printf_pad_write(st, sp, arg, n);
		return;
	case 'b':
		arg = printf_next_arg(st);
		if (!printf_b_decode(arg ? arg : "", &sb))
			st->stop = true;
		n = sb.len;
		if (sp->prec >= 0 && (size_t)sp->prec < n)
			n = (size_t)sp->prec;
		printf_pad_write(st, sp, strbuf_str(&sb), n);
		strbuf_release(&sb);
		return;
	default:
		printf_number(st, sp);
		return;
	}
}

/* Reads a width or precision at *fp: digits or '*' (an int argument).
 * Returns false, with *fp unchanged, when there is neither. */
static bool printf_parse_count(struct printf_state *st, const char **fp,
			       int *out)
{
	const char *f = *fp;
	int v = 0;
	if (*f == '*') {
		*fp = f + 1;
		*out = printf_get_star(st);
		return true;
	}
	if (*f < '0' || *f > '9')
		return false;
	while (*f >= '0' && *f <= '9') {
		if (v < 1000000)
			v = v * 10 + (*f - '0');
		f++;
	}
	*fp = f;
	*out = v;
	return true;
}

/* Parses the specification at f (just after '%'). Returns the position
 * after it, or NULL after a diagnostic for a bad one. */
static const char *printf_parse_spec(struct printf_state *st, const char *f,
				     struct printf_spec *sp)
{
	size_t nflags = 0;
	int v;
	while (*f && strchr("-+ #0", *f)) {
		if (nflags < sizeof sp->flags - 1 &&
		    !memchr(sp->flags, *f, nflags))
			sp->flags[nflags++] = *f;
		f++;
	}
	sp->width = -1;
	if (printf_parse_count(st, &f, &v)) {
		/* A negative '*' width means '-' and its absolute value. */
		if (v < 0 && !memchr(sp->flags, '-', nflags) &&
		    nflags < sizeof sp->flags - 1)
			sp->flags[nflags++] = '-';
		sp->width = v < 0 ? -v : v;
	}
	sp->flags[nflags] = '\0';
	sp->prec = -1;
	if (*f == '.') {
		f++;
		/* "." alone is precision 0; a negative '*' is none. */
		sp->prec = 0;
		if (printf_parse_count(st, &f, &v))
			sp->prec = v < 0 ? -1 : v;
	}
	while (*f && strchr("hlLjzt", *f))
		f++;
	sp->conv = *f;
	sp->len = (size_t)(f - sp->start) + (*f ? 1 : 0);
	if (!*f) {
		error_print(st->sh, "printf: %.*s: missing format character",
			    (int)sp->len, sp->start);
		return NULL;
	}
	if (!strchr("diouxXcsbeEfFgGaA", *f)) {
		error_print(st->sh, "printf: %.*s: invalid directive",
			    (int)sp->len, sp->start);
		return NULL;
	}
	return f + 1;
}

/* Writes the format once, consuming arguments. */
static void printf_format_once(struct printf_state *st, const char *f)
{
	while (*f && !st->stop) {
		if (*f == '\\') {
			f++;
			output_char(&st->sh->out, printf_format_escape(&f));
			continue;
		}
		if (*f != '%') {
			const char *e = f + strcspn(f, "\\%");
			output_write(&st->sh->out, f, (size_t)(e - f));
			f = e;
			continue;
		}
		if (f[1] == '%') {
			output_char(&st->sh->out, '%');
			f += 2;
			continue;
		}
		struct printf_spec spec = { .start = f };
		f = printf_parse_spec(st, f + 1, &spec);
		if (!f) {
			st->status = 1;
			st->stop = true;
			return;
		}
		printf_convert(st, &spec);
	}
}

int builtin_printf(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc)
		return builtin_usage(sh, "printf", "printf format [arg ...]");

	struct printf_state st = {
		.sh = sh,
		.args = argv + i + 1,
		.nargs = argc - i - 1,
	};
	int before;
	do {
		before = st.next;
		printf_format_once(&st, argv[i]);
	} while (!st.stop && st.next < st.nargs && st.next > before);
	return st.status;
}
