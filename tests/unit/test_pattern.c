/* Unit tests for pattern matching and pathname expansion (src/pattern.c,
 * XCU 2.14 and 2.6.6). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "pattern.h"
#include "strbuf.h"

static void check_match(const char *pat, const char *str, unsigned flags,
			bool want, int line)
{
	if (pattern_match(pat, str, flags) != want)
		fail_msg("line %d: '%s' %s '%s'", line, pat,
			 want ? "should match" : "should not match", str);
}

#define YES(pat, str) check_match(pat, str, 0, true, __LINE__)
#define NO(pat, str) check_match(pat, str, 0, false, __LINE__)
#define YES_P(pat, str) check_match(pat, str, PATTERN_PERIOD, true, __LINE__)
#define NO_P(pat, str) check_match(pat, str, PATTERN_PERIOD, false, __LINE__)

static void test_literal_and_wildcards(void **state)
{
	(void)state;
	YES("", "");
	NO("", "a");
	YES("abc", "abc");
	NO("abc", "abd");
	NO("abc", "ab");
	NO("ab", "abc");
	YES("*", "");
	YES("*", "anything at all");
	YES("a*", "a");
	YES("a*", "abc");
	NO("a*", "ba");
	YES("*c", "abc");
	NO("*c", "abcd");
	YES("a*c", "ac");
	YES("a*c", "abbbc");
	NO("a*c", "abbbd");
	YES("a**c", "abc");
	YES("*b*", "abc");
	YES("*a*b*c*", "xxaxxbxxcxx");
	NO("*a*b*c*", "xxcxxbxxaxx");
	YES("?", "a");
	NO("?", "");
	NO("?", "ab");
	YES("a?c", "abc");
	YES("???", "abc");
	YES("*?", "a");
	NO("*?", "");
	YES("?*?", "ab");
	NO("?*?", "a");
	YES("a/b", "a/b");
	YES("*", "a/b");            /* '/' is special only in pathnames */
	YES("a?b", "a/b");
}

static void test_escapes(void **state)
{
	(void)state;
	YES("\\*", "*");
	NO("\\*", "a");
	YES("\\?", "?");
	NO("\\?", "a");
	YES("\\[a]", "[a]");
	NO("\\[a]", "a");
	YES("\\\\", "\\");
	YES("\\a\\b", "ab");
	YES("a\\", "a\\");          /* a trailing backslash is itself */
	YES("*\\*", "abc*");
	NO("*\\*", "abc");
	YES("[\\]]", "]");
	YES("[\\!a]", "!");         /* escaped ! does not negate */
	YES("[a\\-z]", "-");        /* escaped - is no range */
	NO("[a\\-z]", "m");
	YES("[\\a]", "a");
}

static void test_brackets(void **state)
{
	(void)state;
	YES("[abc]", "b");
	NO("[abc]", "d");
	NO("[abc]", "");
	NO("[abc]", "ab");
	YES("[a-c]x", "bx");
	NO("[a-c]x", "dx");
	YES("[a-cx-z]", "y");
	NO("[z-a]", "m");           /* empty range */
	YES("[!a-c]", "d");
	NO("[!a-c]", "b");
	YES("[^a-c]", "d");
	NO("[^a-c]", "a");
	YES("[]]", "]");            /* ] first is literal */
	YES("[]a]", "a");
	YES("[!]]", "a");
	NO("[!]]", "]");
	YES("[^]]", "x");
	YES("[-a]", "-");           /* - first or last is literal */
	YES("[a-]", "-");
	YES("[!-]", "a");
	NO("[!-]", "-");
	YES("[%--]", "+");          /* range up to '-' */
	YES("[*?]", "*");
	YES("[*?]", "?");
	NO("[*?]", "a");
	YES("[[]", "[");
	YES("x[[]y", "x[y");
	YES("[a[]", "[");
}

static void test_unmatched_bracket(void **state)
{
	(void)state;
	/* A '[' without a closing ']' is an ordinary character. */
	YES("[", "[");
	YES("[a", "[a");
	NO("[a", "a");
	YES("a[", "a[");
	YES("[*", "[xyz");
	YES("[?", "[x");
	YES("[]", "[]");
	YES("[!]", "[!]");
	YES("[\\]", "[]");          /* the escaped ] does not close */
	/* "[:alpha:" has no ":]", so the first '[' is literal and
	 * "[:alpha:]" is a bracket expression of ':', 'a', 'l', 'p', 'h'. */
	YES("[[:alpha:]", "[a");
	YES("[[:alpha:]", "[:");
	NO("[[:alpha:]", "[[:alpha:]");
	YES("]", "]");
	YES("a]b", "a]b");
}

static void test_classes(void **state)
{
	(void)state;
	YES("[[:alpha:]]", "q");
	NO("[[:alpha:]]", "1");
	YES("[[:digit:]]", "7");
	NO("[[:digit:]]", "x");
	YES("[[:alnum:]]", "7");
	YES("[[:upper:]]", "Q");
	NO("[[:upper:]]", "q");
	YES("[[:lower:]]", "q");
	YES("[[:space:]]", "\t");
	YES("[[:blank:]]", " ");
	NO("[[:blank:]]", "\n");
	YES("[[:punct:]]", "!");
	YES("[[:xdigit:]]", "F");
	NO("[[:xdigit:]]", "g");
	YES("[[:cntrl:]]", "\x01");
	YES("[[:print:]]", " ");
	NO("[[:graph:]]", " ");
	YES("[![:digit:]]", "a");
	NO("[![:digit:]]", "5");
	YES("[[:digit:][:upper:]]", "Q");
	YES("[[:digit:]x]", "x");
	YES("[x[:digit:]]", "3");
	NO("[[:nosuchclass:]]", "a");
	YES("[[:digit:]]*", "1abc");
	/* [=c=] and [.c.] name the character c. */
	YES("[[=a=]]", "a");
	NO("[[=a=]]", "b");
	YES("[[.-.]]", "-");
	YES("[[.a.]-c]", "b");
	NO("[[.ab.]]", "a");        /* no multi-character collating elements */
}

static void test_period(void **state)
{
	(void)state;
	YES_P(".*", ".profile");
	NO_P("*", ".profile");
	NO_P("?profile", ".profile");
	NO_P("[.]profile", ".profile");
	NO_P("[!a]profile", ".profile");
	YES_P("\\.*", ".profile");
	YES_P("*", "profile");
	YES_P("a.*", "a.b");        /* only a leading period is special */
	YES_P("", "");
	YES("*", ".profile");       /* without the flag it is not special */
	YES("?profile", ".profile");
}

static void test_no_exponential_blowup(void **state)
{
	size_t n = 100000;
	char *s = malloc(n + 2);

	(void)state;
	assert_non_null(s);
	memset(s, 'a', n);
	s[n] = '\0';
	NO("*a*a*a*a*a*a*a*a*a*a*a*a*b", s);
	YES("*a*a*a*a*a*a*a*a*a*a*a*a", s);
	s[n] = 'b';
	s[n + 1] = '\0';
	YES("*a*a*a*a*a*a*a*a*a*a*a*a*b", s);
	NO("*a*a*a*a*a*a*a*a*a*a*a*a*c", s);
	free(s);
}

static void test_multibyte(void **state)
{
	(void)state;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL &&
	    setlocale(LC_CTYPE, "en_US.UTF-8") == NULL)
		skip();
	YES("?", "\xc3\xa9");               /* one character, two bytes */
	NO("??", "\xc3\xa9");
	YES("a?b", "a\xe2\x82\xac" "b");    /* euro sign */
	YES("[\xc3\xa9]", "\xc3\xa9");
	NO("[!\xc3\xa9]", "\xc3\xa9");
	NO("*[!\xc3\xa9]", "\xc3\xa9");     /* '*' stops only at characters */
	YES("[[:alpha:]]", "\xc3\xa9");
	YES("[a-\xc3\xbf]", "\xc3\xa9");    /* ranges by code point */
	YES("*\xc3\xa9", "x\xc3\xa9");
	YES("?", "\xff");                   /* an invalid byte is a character */
	NO("[[:alpha:]]", "\xff");
	assert_int_equal(pattern_match_prefix("?", "\xc3\xa9x", false), 2);
	assert_int_equal(pattern_match_suffix("?", "x\xc3\xa9", false), 1);
	assert_int_equal(pattern_match_suffix("*", "x\xc3\xa9", false), 3);
	setlocale(LC_CTYPE, "C");
	YES("??", "\xc3\xa9");               /* bytes in the C locale */
}

static void test_has_magic(void **state)
{
	(void)state;
	assert_true(pattern_has_magic("*"));
	assert_true(pattern_has_magic("a?"));
	assert_true(pattern_has_magic("x[a]"));
	/* A '[' with no closing ']' matches itself (XCU 2.14.1). */
	assert_false(pattern_has_magic("["));
	assert_false(pattern_has_magic("a[b"));
	assert_true(pattern_has_magic("[]]"));
	assert_true(pattern_has_magic("[!]x]"));
	assert_true(pattern_has_magic("\\**"));
	assert_false(pattern_has_magic(""));
	assert_false(pattern_has_magic("abc/def"));
	assert_false(pattern_has_magic("\\*"));
	assert_false(pattern_has_magic("\\?\\["));
	assert_false(pattern_has_magic("a\\"));
	assert_false(pattern_has_magic("]"));
}

static void check_unescape(const char *pat, const char *want)
{
	char *got = pattern_unescape(pat);
	assert_string_equal(got, want);
	free(got);
}

static void test_unescape(void **state)
{
	(void)state;
	check_unescape("", "");
	check_unescape("abc", "abc");
	check_unescape("\\*", "*");
	check_unescape("a\\*b\\?c\\[", "a*b?c[");
	check_unescape("\\\\", "\\");
	check_unescape("a\\", "a\\");
	check_unescape("*?[", "*?[");
}

#define NONE ((size_t)-1)

static void test_prefix(void **state)
{
	(void)state;
	/* ${x#p} and ${x##p} */
	assert_int_equal(pattern_match_prefix("*", "abc", false), 0);
	assert_int_equal(pattern_match_prefix("*", "abc", true), 3);
	assert_int_equal(pattern_match_prefix("a*", "abcabc", false), 1);
	assert_int_equal(pattern_match_prefix("a*", "abcabc", true), 6);
	assert_int_equal(pattern_match_prefix("*/", "/usr/lib/x", false), 1);
	assert_int_equal(pattern_match_prefix("*/", "/usr/lib/x", true), 9);
	assert_int_equal(pattern_match_prefix("?", "abc", false), 1);
	assert_int_equal(pattern_match_prefix("?", "abc", true), 1);
	assert_int_equal(pattern_match_prefix("x", "abc", false), NONE);
	assert_int_equal(pattern_match_prefix("x", "abc", true), NONE);
	assert_int_equal(pattern_match_prefix("", "abc", true), 0);
	assert_int_equal(pattern_match_prefix("abc", "abc", false), 3);
	assert_int_equal(pattern_match_prefix("[ab]*b", "abab", false), 2);
	assert_int_equal(pattern_match_prefix("[ab]*b", "abab", true), 4);
	assert_int_equal(pattern_match_prefix("*", "", false), 0);
	assert_int_equal(pattern_match_prefix("?", "", false), NONE);
}

static void test_suffix(void **state)
{
	(void)state;
	/* ${x%p} and ${x%%p}: the start of the removed suffix */
	assert_int_equal(pattern_match_suffix("*", "abc", false), 3);
	assert_int_equal(pattern_match_suffix("*", "abc", true), 0);
	assert_int_equal(pattern_match_suffix("*c", "abcabc", false), 5);
	assert_int_equal(pattern_match_suffix("*c", "abcabc", true), 0);
	assert_int_equal(pattern_match_suffix("b*", "abcb", false), 3);
	assert_int_equal(pattern_match_suffix("b*", "abcb", true), 1);
	assert_int_equal(pattern_match_suffix(".*", "f.tar.gz", false), 5);
	assert_int_equal(pattern_match_suffix(".*", "f.tar.gz", true), 1);
	assert_int_equal(pattern_match_suffix("/*", "/usr/lib", false), 4);
	assert_int_equal(pattern_match_suffix("x", "abc", false), NONE);
	assert_int_equal(pattern_match_suffix("x", "abc", true), NONE);
	assert_int_equal(pattern_match_suffix("", "abc", false), 3);
	assert_int_equal(pattern_match_suffix("abc", "abc", true), 0);
	assert_int_equal(pattern_match_suffix("*", "", true), 0);
}

/* Pathname expansion, in a temporary directory. */

struct glob_fixture {
	char dir[PATH_MAX];
	char oldcwd[PATH_MAX];
};

static void make_file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	close(fd);
}

static void make_dir(const char *path)
{
	assert_int_equal(mkdir(path, 0755), 0);
}

static int glob_setup(void **state)
{
	struct glob_fixture *f = calloc(1, sizeof *f);
	const char *tmp = getenv("TMPDIR");

	assert_non_null(f);
	snprintf(f->dir, sizeof f->dir, "%s/cosh-glob-XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(f->dir));
	assert_non_null(getcwd(f->oldcwd, sizeof f->oldcwd));
	assert_int_equal(chdir(f->dir), 0);
	make_file("a");
	make_file("b");
	make_file("ab");
	make_file("B");
	make_file(".hidden");
	make_file("x[");
	make_file("star*");
	make_file("q?");
	make_dir("d");
	make_file("d/x1");
	make_file("d/x2");
	make_file("d/y");
	make_file("d/.xh");
	make_dir("e");
	make_file("e/x3");
	make_dir("e/sub");
	make_file("e/sub/deep");
	make_dir(".hd");
	make_file(".hd/x4");
	make_dir("noread");
	make_file("noread/x5");
	assert_int_equal(symlink("d", "link"), 0);
	assert_int_equal(symlink("nowhere", "dangling"), 0);
	assert_int_equal(chmod("noread", 0), 0);
	*state = f;
	return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int glob_teardown(void **state)
{
	struct glob_fixture *f = *state;

	chmod("noread", 0755);
	assert_int_equal(chdir(f->oldcwd), 0);
	nftw(f->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* Expands pat and compares with want, a NULL-terminated list, in order. */
static void check_glob(const char *pat, const char *const *want, int line)
{
	struct strvec v = {0};
	size_t n = pattern_glob(pat, &v), i, nwant = 0;
	struct strbuf got = {0};

	while (want[nwant] != NULL)
		nwant++;
	for (i = 0; i < v.len; i++)
		strbuf_addf(&got, "%s'%s'", i ? " " : "", v.items[i]);
	if (n != v.len || n != nwant)
		fail_msg("line %d: '%s' gave %zu: %s", line, pat, n,
			 strbuf_str(&got));
	for (i = 0; i < n; i++) {
		if (strcmp(v.items[i], want[i]) != 0)
			fail_msg("line %d: '%s' gave %s", line, pat,
				 strbuf_str(&got));
	}
	for (i = 0; i < v.len; i++)
		free(v.items[i]);
	strvec_release(&v);
	strbuf_release(&got);
}

#define GLOB(pat, ...) \
	check_glob(pat, (const char *const[]){__VA_ARGS__, NULL}, __LINE__)
#define GLOB_NONE(pat) check_glob(pat, (const char *const[]){NULL}, __LINE__)

static void test_glob_simple(void **state)
{
	(void)state;
	setlocale(LC_COLLATE, "C");
	GLOB("*", "B", "a", "ab", "b", "d", "dangling", "e", "link",
	     "noread", "q?", "star*", "x[");
	GLOB("?", "B", "a", "b", "d", "e");
	GLOB("a*", "a", "ab");
	GLOB("[ab]", "a", "b");
	GLOB("[!ab]", "B", "d", "e");
	GLOB("*b", "ab", "b");
	GLOB_NONE("zz*");
	GLOB_NONE("");
}

static void test_glob_hidden(void **state)
{
	(void)state;
	setlocale(LC_COLLATE, "C");
	/* A leading period must be matched explicitly; "." and ".." are
	 * never produced by a pattern. */
	GLOB(".*", ".hd", ".hidden");
	GLOB(".h*", ".hd", ".hidden");
	GLOB("[.]*", NULL);
	GLOB("d/*", "d/x1", "d/x2", "d/y");
	GLOB("d/.*", "d/.xh");
	GLOB("*/x4", NULL);
	GLOB(".*/x*", ".hd/x4");
	/* Literal . and .. components are kept. */
	GLOB("d/../a*", "d/../a", "d/../ab");
	GLOB("./?", "./B", "./a", "./b", "./d", "./e");
}

static void test_glob_dirs(void **state)
{
	(void)state;
	setlocale(LC_COLLATE, "C");
	GLOB("[del]*/x*", "d/x1", "d/x2", "e/x3", "link/x1", "link/x2");
	GLOB("?/x?", "d/x1", "d/x2", "e/x3");
	GLOB("*/", "d/", "e/", "link/", "noread/");
	GLOB("*/*/", "e/sub/");
	GLOB("*/*/deep", "e/sub/deep");
	GLOB("e/*/deep", "e/sub/deep");
	GLOB("d//x*", "d//x1", "d//x2");
	GLOB("d\\/x*", "d/x1", "d/x2");   /* a quoted '/' still separates */
	GLOB("[de]/y", "d/y");
	GLOB("d/[xy]?", "d/x1", "d/x2");
	/* '/' is never matched by a bracket: "[d/]x" is literal text. */
	GLOB_NONE("d[/]x1");
	GLOB_NONE("*x1");
}

static void test_glob_absolute(void **state)
{
	struct glob_fixture *f = *state;
	char pat[PATH_MAX + 16], a[PATH_MAX + 16], ab[PATH_MAX + 16];

	setlocale(LC_COLLATE, "C");
	snprintf(pat, sizeof pat, "%s/a*", f->dir);
	snprintf(a, sizeof a, "%s/a", f->dir);
	snprintf(ab, sizeof ab, "%s/ab", f->dir);
	GLOB(pat, a, ab);
	snprintf(pat, sizeof pat, "%s/e/*/d*", f->dir);
	snprintf(a, sizeof a, "%s/e/sub/deep", f->dir);
	GLOB(pat, a);
}

static void test_glob_literal(void **state)
{
	(void)state;
	setlocale(LC_COLLATE, "C");
	/* Escaped pattern characters are literal, and components without
	 * magic are used as they are (after unescaping). */
	GLOB("star\\*", "star*");
	GLOB("st*\\*", "star*");
	GLOB_NONE("star\\?");
	GLOB("q\\?", "q?");
	GLOB("q?", "q?");
	GLOB("x[", "x[");               /* unmatched '[' is literal */
	GLOB("x\\[*", "x[");
	GLOB("\\a", "a");
	GLOB("d/x\\1", "d/x1");
	GLOB("*/y", "d/y", "link/y");
	GLOB_NONE("*/nonexistent");
	GLOB("dangl*", "dangling");      /* a dangling symlink is a name */
	GLOB("dangling", "dangling");
	GLOB_NONE("a/");                 /* a file is no directory */
	GLOB("d/", "d/");
}

static void test_glob_unreadable(void **state)
{
	(void)state;
	setlocale(LC_COLLATE, "C");
	if (geteuid() == 0)
		skip(); /* root reads every directory */
	GLOB_NONE("noread/*");
	GLOB("n*/", "noread/");
	GLOB("*/x5", NULL);
}

static void test_glob_sorted_by_collation(void **state)
{
	(void)state;
	if (setlocale(LC_COLLATE, "C") == NULL)
		skip();
	/* In the C locale uppercase sorts before lowercase. */
	GLOB("[aBb]", "B", "a", "b");
	setlocale(LC_COLLATE, "C");
}

static void test_glob_appends(void **state)
{
	struct strvec v = {0};

	(void)state;
	setlocale(LC_COLLATE, "C");
	strvec_push(&v, xstrdup("first"));
	assert_int_equal(pattern_glob("[ab]", &v), 2);
	assert_int_equal(pattern_glob("zz*", &v), 0);
	assert_int_equal(v.len, 3);
	assert_string_equal(v.items[0], "first");
	assert_string_equal(v.items[1], "a");
	assert_string_equal(v.items[2], "b");
	assert_null(v.items[3]);
	for (size_t i = 0; i < v.len; i++)
		free(v.items[i]);
	strvec_release(&v);
}

int main(void)
{
	const struct CMUnitTest match_tests[] = {
		cmocka_unit_test(test_literal_and_wildcards),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_brackets),
		cmocka_unit_test(test_unmatched_bracket),
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_period),
		cmocka_unit_test(test_no_exponential_blowup),
		cmocka_unit_test(test_multibyte),
		cmocka_unit_test(test_has_magic),
		cmocka_unit_test(test_unescape),
		cmocka_unit_test(test_prefix),
		cmocka_unit_test(test_suffix),
	};
	const struct CMUnitTest glob_tests[] = {
		cmocka_unit_test(test_glob_simple),
		cmocka_unit_test(test_glob_hidden),
		cmocka_unit_test(test_glob_dirs),
		cmocka_unit_test(test_glob_absolute),
		cmocka_unit_test(test_glob_literal),
		cmocka_unit_test(test_glob_unreadable),
		cmocka_unit_test(test_glob_sorted_by_collation),
		cmocka_unit_test(test_glob_appends),
	};
	int failed = cmocka_run_group_tests(match_tests, NULL, NULL);

	failed += cmocka_run_group_tests(glob_tests, glob_setup,
					 glob_teardown);
	return failed != 0;
}
