/* Pattern matching notation (XCU 2.14) and pathname expansion (XCU 2.6.6).
 *
 * A pattern is a sequence of elements, each matching one character of the
 * string (a literal byte, '?', a bracket expression) or any string ('*').
 * Matching uses the classic iterative algorithm that remembers only the
 * last '*' and, on a mismatch, lets that '*' swallow one more character:
 * a later '*' can absorb anything an earlier one could, so earlier stars
 * never need revisiting and the time is O(len(pat) * len(str)), with no
 * exponential blowup on patterns like *a*a*a*b.
 *
 * Characters are multibyte (the LC_CTYPE locale) for '?', '*' and bracket
 * expressions; literal characters compare byte by byte, which is the same
 * thing for a valid string. An invalid byte is one character of its own.
 *
 * Choices where POSIX leaves room:
 * - A range [a-z] compares wide character values (code points), as dash,
 *   yash and bash in most locales do, not the collation order.
 * - [=c=] and [.c.] stand for the single character c; a multi-character
 *   collating element matches nothing.
 * - An unknown class [:foo:] matches nothing.
 * - A leading period (pathname rules) is matched only by a literal '.',
 *   never by '*', '?' or a bracket expression (XCU 2.14.3 allows either
 *   for a bracket listing '.').
 * - Pathname expansion never yields "." or ".." from a component with
 *   pattern characters (bash 5.2; a future direction of POSIX), so ".*"
 *   does not list them; a literal "." or ".." component is kept.
 */
#include "pattern.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>
#include <wctype.h>

#include "arena.h"
#include "strbuf.h"

/* Invalid bytes decode to values past Unicode so they equal no real
 * character and belong to no class. */
#define PATTERN_BAD_BYTE 0x110000u

enum pattern_elem_kind {
	PATTERN_ELEM_END,
	PATTERN_ELEM_STAR,
	PATTERN_ELEM_ANY,
	PATTERN_ELEM_BRACKET,
	PATTERN_ELEM_BYTE,
};

struct pattern_elem {
	enum pattern_elem_kind kind;
	size_t len;          /* bytes of pattern it takes */
	unsigned char byte;  /* PATTERN_ELEM_BYTE */
};

/* Decodes the character at s (s < end) into *wc and returns its length in
 * bytes; an invalid or truncated sequence is one byte. */
static size_t pattern_decode(const char *s, const char *end, wint_t *wc)
{
	unsigned char c = (unsigned char)*s;
	mbstate_t st;
	wchar_t w;
	size_t n;

	*wc = c;
	if (c < 0x80 || MB_CUR_MAX == 1)
		return 1;
	memset(&st, 0, sizeof st);
	n = mbrtowc(&w, s, (size_t)(end - s), &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*wc = PATTERN_BAD_BYTE + c;
		return 1;
	}
	*wc = (wint_t)w;
	return n;
}

static size_t pattern_charlen(const char *s, const char *end)
{
	wint_t wc;
	return pattern_decode(s, end, &wc);
}

/* If p (at '[') starts "[:", "[=" or "[." returns the position of the
 * matching ":]", "=]" or ".]", else NULL. */
static const char *pattern_bracket_term(const char *p)
{
	const char *s;

	if (p[1] != ':' && p[1] != '=' && p[1] != '.')
		return NULL;
	for (s = p + 2; *s != '\0'; s++) {
		if (s[0] == p[1] && s[1] == ']')
			return s;
	}
	return NULL;
}

/* Returns the length of the bracket expression starting at p (at '['),
 * through its closing ']', or 0 when it has none: then the '[' is an
 * ordinary character (XCU 2.14.1). */
static size_t pattern_bracket_len(const char *p)
{
	const char *s = p + 1;

	if (*s == '!' || *s == '^')
		s++;
	if (*s == ']')
		s++;
	while (*s != '\0' && *s != ']') {
		const char *term = *s == '[' ? pattern_bracket_term(s) : NULL;
		if (term != NULL)
			s = term + 2;
		else if (*s == '\\' && s[1] != '\0')
			s += 2;
		else
			s++;
	}
	return *s == ']' ? (size_t)(s - p) + 1 : 0;
}

/* Reads the pattern element at p. */
static void pattern_elem(const char *p, struct pattern_elem *e)
{
	e->len = 1;
	e->byte = (unsigned char)*p;
	switch (*p) {
	case '\0':
		e->kind = PATTERN_ELEM_END;
		e->len = 0;
		return;
	case '*':
		e->kind = PATTERN_ELEM_STAR;
		return;
	case '?':
		e->kind = PATTERN_ELEM_ANY;
		return;
	case '[':
		e->len = pattern_bracket_len(p);
		e->kind = e->len ? PATTERN_ELEM_BRACKET : PATTERN_ELEM_BYTE;
		if (e->len == 0)
			e->len = 1;
		return;
	case '\\':
		if (p[1] != '\0') {
			e->byte = (unsigned char)p[1];
			e->len = 2;
		}
		break;
	}
	e->kind = PATTERN_ELEM_BYTE;
}

/* Reads one character of a bracket expression at s (before end): plain,
 * backslash-escaped, [=c=] or [.c.]. Sets *valid to false for a
 * collating element of several characters. Returns the bytes read. */
static size_t pattern_bracket_char(const char *s, const char *end,
				   wint_t *wc, bool *valid)
{
	const char *term = *s == '[' ? pattern_bracket_term(s) : NULL;
	size_t n;

	*valid = true;
	if (term != NULL && s[1] != ':') {
		n = s + 2 < term ? pattern_decode(s + 2, term, wc) : 0;
		*valid = n > 0 && s + 2 + n == term;
		return (size_t)(term + 2 - s);
	}
	if (*s == '\\' && s + 1 < end)
		return 1 + pattern_decode(s + 1, end, wc);
	return pattern_decode(s, end, wc);
}

/* True when wc is in the class named s[0..n) ([:alpha:] etc.). */
static bool pattern_class_match(const char *s, size_t n, wint_t wc)
{
	char name[32];
	wctype_t t;

	if (n >= sizeof name)
		return false;
	memcpy(name, s, n);
	name[n] = '\0';
	t = wctype(name);
	return t != 0 && wc < PATTERN_BAD_BYTE && iswctype(wc, t);
}

/* XCU 2.14.1 and XBD 9.3.5: does the bracket expression p[0..len) (from
 * '[' through ']') match wc? */
static bool pattern_bracket_match(const char *p, size_t len, wint_t wc)
{
	const char *s = p + 1, *end = p + len - 1;
	bool neg = false, found = false;

	if (*s == '!' || *s == '^') {
		neg = true;
		s++;
	}
	while (s < end) {
		const char *term = *s == '[' ? pattern_bracket_term(s) : NULL;
		wint_t lo, hi;
		bool lo_ok, hi_ok;

		if (term != NULL && s[1] == ':') {
			found |= pattern_class_match(s + 2,
						     (size_t)(term - s - 2), wc);
			s = term + 2;
			continue;
		}
		s += pattern_bracket_char(s, end, &lo, &lo_ok);
		if (*s == '-' && s + 1 < end) {
			s += 1 + pattern_bracket_char(s + 1, end, &hi, &hi_ok);
			found |= lo_ok && hi_ok && lo <= wc && wc <= hi;
		} else {
			found |= lo_ok && lo == wc;
		}
	}
	return found != neg;
}

/* Matches element e (at p, not a star or the end) against the character
 * at *s; on success moves *s past it. */
static bool pattern_elem_match(const struct pattern_elem *e, const char *p,
			       const char **s, const char *end)
{
	wint_t wc;
	size_t n;

	if (*s == end)
		return false;
	switch (e->kind) {
	case PATTERN_ELEM_BYTE:
		if ((unsigned char)**s != e->byte)
			return false;
		n = 1;
		break;
	case PATTERN_ELEM_ANY:
		n = pattern_charlen(*s, end);
		break;
	default:
		n = pattern_decode(*s, end, &wc);
		if (!pattern_bracket_match(p, e->len, wc))
			return false;
		break;
	}
	*s += n;
	return true;
}

/* XCU 2.14: does the whole of str[0..end) match pat? */
static bool pattern_match_n(const char *pat, const char *str,
			    const char *end, unsigned flags)
{
	const char *p = pat, *s = str;
	const char *star_p = NULL, *star_s = NULL;
	struct pattern_elem e;

	pattern_elem(p, &e);
	if ((flags & PATTERN_PERIOD) && s < end && *s == '.' &&
	    (e.kind != PATTERN_ELEM_BYTE || e.byte != '.'))
		return false;
	for (;;) {
		pattern_elem(p, &e);
		if (e.kind == PATTERN_ELEM_STAR) {
			while (e.kind == PATTERN_ELEM_STAR) {
				p += e.len;
				pattern_elem(p, &e);
			}
			if (e.kind == PATTERN_ELEM_END)
				return true;
			star_p = p;
			star_s = s;
			continue;
		}
		if (e.kind == PATTERN_ELEM_END && s == end)
			return true;
		if (e.kind != PATTERN_ELEM_END &&
		    pattern_elem_match(&e, p, &s, end)) {
			p += e.len;
			continue;
		}
		/* Mismatch: the last star takes one more character. */
		if (star_p == NULL || star_s == end)
			return false;
		star_s += pattern_charlen(star_s, end);
		s = star_s;
		p = star_p;
	}
}

/* XCU 2.14 */
bool pattern_match(const char *pat, const char *str, unsigned flags)
{
	return pattern_match_n(pat, str, str + strlen(str), flags);
}

/* True when the '[' at pat starts a bracket expression: a ']' closes it
 * (a lone '[' matches itself, XCU 2.14.1). */
static bool pattern_bracket_closes(const char *pat)
{
	const char *q = pat + 1;
	if (*q == '!' || *q == '^')
		q++;
	if (*q == ']')
		q++;
	for (; *q && *q != ']'; q++)
		if (*q == '\\' && q[1])
			q++;
	return *q == ']';
}

bool pattern_has_magic(const char *pat)
{
	for (; *pat != '\0'; pat++) {
		if (*pat == '*' || *pat == '?' ||
		    (*pat == '[' && pattern_bracket_closes(pat)))
			return true;
		if (*pat == '\\' && pat[1] != '\0')
			pat++;
	}
	return false;
}

/* The character boundaries of a string: offsets 0 .. len, in order. With
 * single-byte characters every offset is one and no array is built. */
struct pattern_bounds {
	size_t *off;  /* NULL when every byte is a character */
	size_t n;     /* number of boundaries */
};

static void pattern_bounds_init(struct pattern_bounds *b, const char *str,
				size_t len)
{
	const char *s = str, *end = str + len;

	b->off = NULL;
	b->n = len + 1;
	if (MB_CUR_MAX == 1)
		return;
	b->off = xmalloc((len + 1) * sizeof *b->off);
	b->n = 0;
	for (;;) {
		b->off[b->n++] = (size_t)(s - str);
		if (s == end)
			break;
		s += pattern_charlen(s, end);
	}
}

static size_t pattern_bounds_at(const struct pattern_bounds *b, size_t i)
{
	return b->off ? b->off[i] : i;
}

/* The byte a match of pat must end with (for a prefix) or start with (for
 * a suffix) when pat ends or starts with a plain character, else -1: the
 * boundaries where the string has another byte there need no try. */
static int pattern_edge_byte(const char *pat, bool suffix)
{
	if (suffix) {
		if (pat[0] == '\\' && pat[1] != '\0')
			return (unsigned char)pat[1];
		return pat[0] == '\0' || strchr("*?[", pat[0]) ? -1
			: (unsigned char)pat[0];
	}
	size_t n = strlen(pat);
	/* A last '*', '?' or ']' may be special (even when escaped: kept
	 * simple, the filter is only a shortcut). */
	return n == 0 || strchr("*?]", pat[n - 1]) ? -1
		: (unsigned char)pat[n - 1];
}

/* Tries the boundaries in the order that finds the wanted answer first:
 * for a prefix the shortest is the lowest end, for a suffix the shortest
 * is the highest start. */
static size_t pattern_match_affix(const char *pat, const char *str,
				  bool longest, bool suffix)
{
	size_t len = strlen(str), found = (size_t)-1;
	struct pattern_bounds b;
	bool upward = longest == suffix;
	int edge = pattern_edge_byte(pat, suffix);

	pattern_bounds_init(&b, str, len);
	for (size_t k = 0; k < b.n; k++) {
		size_t at = pattern_bounds_at(&b, upward ? k : b.n - 1 - k);
		if (edge >= 0 && (suffix ? at == len || (unsigned char)str[at] != edge
					 : at == 0 || (unsigned char)str[at - 1] != edge))
			continue;
		bool ok = suffix ?
			pattern_match_n(pat, str + at, str + len, 0) :
			pattern_match_n(pat, str, str + at, 0);
		if (ok) {
			found = at;
			break;
		}
	}
	free(b.off);
	return found;
}

/* XCU 2.6.2 ${x#p} and ${x##p} */
size_t pattern_match_prefix(const char *pat, const char *str, bool longest)
{
	return pattern_match_affix(pat, str, longest, false);
}

/* XCU 2.6.2 ${x%p} and ${x%%p} */
size_t pattern_match_suffix(const char *pat, const char *str, bool longest)
{
	return pattern_match_affix(pat, str, longest, true);
}

char *pattern_unescape(const char *pat)
{
	char *out = xmalloc(strlen(pat) + 1), *o = out;

	for (; *pat != '\0'; pat++) {
		if (*pat == '\\' && pat[1] != '\0')
			pat++;
		*o++ = *pat;
	}
	*o = '\0';
	return out;
}

/* Pathname expansion, XCU 2.6.6 */

static void pattern_glob_walk(struct strbuf *path, const char *pat,
			      struct strvec *found);

/* Cuts path back to len bytes. */
static void pattern_truncate(struct strbuf *path, size_t len)
{
	path->len = len;
	if (path->data != NULL)
		path->data[len] = '\0';
}

/* True when s starts a separator: '/' or an escaped '/' (quoting does
 * not stop a slash from separating components). */
static bool pattern_is_slash(const char *s)
{
	return s[0] == '/' || (s[0] == '\\' && s[1] == '/');
}

/* The end of the component starting at pat: its first separator or the
 * terminating NUL. A '/' is never part of a bracket expression in a
 * pathname (XCU 2.14.3), so brackets are not looked at. */
static const char *pattern_component_end(const char *pat)
{
	while (*pat != '\0' && !pattern_is_slash(pat))
		pat += *pat == '\\' && pat[1] != '\0' ? 2 : 1;
	return pat;
}

/* path names an existing directory entry (not yet checked when exists is
 * false); end..next are the slashes after its component in the pattern.
 * Goes on to the next component, or records path when it was the last. */
static void pattern_glob_next(struct strbuf *path, const char *end,
			      const char *next, bool exists,
			      struct strvec *found)
{
	struct stat st;

	for (const char *s = end; s < next; s++) {
		if (*s == '/')
			strbuf_addc(path, '/');
	}
	if (*next != '\0')
		pattern_glob_walk(path, next, found);
	else if ((exists && next == end) || lstat(strbuf_str(path), &st) == 0)
		strvec_push(found, xstrdup(strbuf_str(path)));
}

/* Matches the component comp against the entries of directory path. */
static void pattern_glob_dir(struct strbuf *path, const char *comp,
			     const char *end, const char *next,
			     struct strvec *found)
{
	size_t mark = path->len;
	DIR *dir = opendir(path->len ? strbuf_str(path) : ".");
	struct dirent *d;

	if (dir == NULL)
		return; /* unreadable or not a directory: no match */
	while ((d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		if (!pattern_match(comp, d->d_name, PATTERN_PERIOD))
			continue;
		strbuf_adds(path, d->d_name);
		pattern_glob_next(path, end, next, true, found);
		pattern_truncate(path, mark);
	}
	closedir(dir);
}

/* Expands the components of pat (after the directory prefix in path). */
static void pattern_glob_walk(struct strbuf *path, const char *pat,
			      struct strvec *found)
{
	const char *end = pattern_component_end(pat), *next = end;
	char *comp = xstrndup(pat, (size_t)(end - pat));
	size_t mark = path->len;

	while (pattern_is_slash(next))
		next += *next == '/' ? 1 : 2;
	if (pattern_has_magic(comp)) {
		pattern_glob_dir(path, comp, end, next, found);
	} else {
		char *lit = pattern_unescape(comp);
		strbuf_adds(path, lit);
		free(lit);
		pattern_glob_next(path, end, next, false, found);
	}
	pattern_truncate(path, mark);
	free(comp);
}

static int pattern_compare(const void *a, const void *b)
{
	return strcoll(*(char *const *)a, *(char *const *)b);
}

/* XCU 2.6.6 */
size_t pattern_glob(const char *pat, struct strvec *out)
{
	struct strbuf path = {0};
	struct strvec found = {0};
	size_t n;

	if (*pat != '\0')
		pattern_glob_walk(&path, pat, &found);
	strbuf_release(&path);
	if (found.len > 1)
		qsort(found.items, found.len, sizeof *found.items,
		      pattern_compare);
	for (size_t i = 0; i < found.len; i++)
		strvec_push(out, found.items[i]);
	n = found.len;
	strvec_release(&found);
	return n;
}
