/* read (XCU read): read [-r] [-d delim] var...
 *
 * The line is read one byte at a time from fd 0, so that nothing past the
 * delimiter is consumed from a pipe or file shared with other commands.
 * Without -r a backslash quotes the next byte (the backslash is removed and
 * the byte is not a field separator) and backslash-newline is removed as a
 * line continuation. The line is split as in XCU 2.6.5 field splitting;
 * each var but the last gets one field and the last gets the rest of the
 * line with its trailing IFS white space removed (and, when the rest is a
 * single field followed by one delimiter, without that delimiter, as every
 * reference shell does). -d (POSIX.1-2024) ends the line at the first
 * byte of delim instead of newline (NUL when delim is empty). NUL bytes
 * in the input are dropped. At end of file the vars are still assigned and
 * the status is 1. An interrupted read(2) is retried, also when a trapped
 * signal arrived (its action runs after read returns).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"
#include "strbuf.h"

#define READ_USAGE "read [-r] [-d delim] var ..."

/* The line: bytes, and for each byte whether a backslash quoted it. */
struct read_line {
	struct strbuf text;
	struct strbuf quoted;  /* one byte per text byte: 1 when quoted */
};

/* One byte from fd 0. Returns 1, 0 at end of file, -1 on error. */
static int read_byte(char *c)
{
	for (;;) {
		ssize_t n = read(0, c, 1);
		if (n >= 0)
			return (int)n;
		if (errno != EINTR)
			return -1;
	}
}

static void read_add(struct read_line *l, char c, bool quoted)
{
	if (c == '\0')
		return;
	strbuf_addc(&l->text, c);
	strbuf_addc(&l->quoted, quoted ? 1 : 0);
}

/* Reads up to the delimiter. Returns 0 at the delimiter, 1 at end of
 * file, -1 on a read error. */
static int read_input(struct read_line *l, bool raw, char delim)
{
	char c;
	int rc;
	while ((rc = read_byte(&c)) == 1) {
		if (c == delim)
			return 0;
		if (raw || c != '\\') {
			read_add(l, c, false);
			continue;
		}
		rc = read_byte(&c);
		if (rc != 1)
			break;
		if (c != '\n')
			read_add(l, c, true);
	}
	return rc == 0 ? 1 : -1;
}

struct read_split {
	const char *text;
	const char *quoted;
	size_t len;
	size_t pos;
	const char *ifs;
};

static bool read_is_ifs(const struct read_split *sp, size_t i)
{
	return !sp->quoted[i] && sp->text[i] != '\0' &&
		strchr(sp->ifs, sp->text[i]) != NULL;
}

static bool read_is_ifs_white(const struct read_split *sp, size_t i)
{
	return read_is_ifs(sp, i) && strchr(" \t\n", sp->text[i]) != NULL;
}

static void read_skip_white(struct read_split *sp)
{
	while (sp->pos < sp->len && read_is_ifs_white(sp, sp->pos))
		sp->pos++;
}

/* Skips one field delimiter at pos: IFS white space, optionally one other
 * IFS byte and the white space after it (XCU 2.6.5). */
static void read_skip_delim(struct read_split *sp)
{
	read_skip_white(sp);
	if (sp->pos < sp->len && read_is_ifs(sp, sp->pos) &&
	    !read_is_ifs_white(sp, sp->pos)) {
		sp->pos++;
		read_skip_white(sp);
	}
}

/* End of the field starting at from. */
static size_t read_field_end(const struct read_split *sp, size_t from)
{
	while (from < sp->len && !read_is_ifs(sp, from))
		from++;
	return from;
}

/* The next field (a copy). */
static char *read_next_field(struct read_split *sp)
{
	size_t start = sp->pos;
	size_t end = read_field_end(sp, start);
	sp->pos = end;
	read_skip_delim(sp);
	return xstrndup(sp->text + start, end - start);
}

/* The rest of the line for the last var. */
static char *read_rest(struct read_split *sp)
{
	size_t start = sp->pos;
	size_t end = read_field_end(sp, start);
	struct read_split after = *sp;
	after.pos = end;
	read_skip_delim(&after);
	if (after.pos == sp->len)
		return xstrndup(sp->text + start, end - start);
	end = sp->len;
	while (end > start && read_is_ifs_white(sp, end - 1))
		end--;
	return xstrndup(sp->text + start, end - start);
}

/* Splits the line over the vars and assigns them. Returns 0 or -1 when a
 * variable could not be set. */
static int read_assign(struct shell *sh, struct read_line *l, char **vars,
		       int nvars)
{
	const char *ifs = vars_get(sh, "IFS");
	struct read_split sp = {
		.text = strbuf_str(&l->text),
		.quoted = strbuf_str(&l->quoted),
		.len = l->text.len,
		.ifs = ifs ? ifs : " \t\n",
	};
	int rc = 0;
	read_skip_white(&sp);
	for (int i = 0; i < nvars; i++) {
		char *value = i + 1 < nvars ? read_next_field(&sp) :
			read_rest(&sp);
		if (vars_set(sh, vars[i], value, 0) < 0)
			rc = -1;
		free(value);
	}
	return rc;
}

/* Parses the options; returns the index of the first var, or -1 after a
 * usage message. */
static int read_options(struct shell *sh, int argc, char **argv, bool *raw,
			char *delim)
{
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'r') {
				*raw = true;
				continue;
			}
			/* -d delim or -ddelim */
			const char *d = NULL;
			if (*o == 'd' && o[1])
				d = o + 1;
			else if (*o == 'd' && i + 1 < argc)
				d = argv[++i];
			if (!d) {
				builtin_usage(sh, "read", READ_USAGE);
				return -1;
			}
			*delim = d[0];
			break;
		}
	}
	return i;
}

int builtin_read(struct shell *sh, int argc, char **argv)
{
	bool raw = false;
	char delim = '\n';
	int first = read_options(sh, argc, argv, &raw, &delim);
	if (first < 0)
		return 2;
	if (first >= argc)
		return builtin_usage(sh, "read", READ_USAGE);
	for (int i = first; i < argc; i++) {
		if (!vars_is_name(argv[i])) {
			error_print(sh, "read: %s: bad variable name",
				    argv[i]);
			return 2;
		}
	}
	output_flush(&sh->out);
	struct read_line line = { 0 };
	int rc = read_input(&line, raw, delim);
	if (rc < 0)
		error_print(sh, "read: %s", strerror(errno));
	int status = rc == 0 ? 0 : rc > 0 ? 1 : 2;
	if (read_assign(sh, &line, argv + first, argc - first) < 0)
		status = 2;
	strbuf_release(&line.text);
	strbuf_release(&line.quoted);
	return status;
}
