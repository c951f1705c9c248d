/* Unit tests for word expansion (src/expand.c, XCU 2.6): parameter
 * expansion forms, "$@" and $*, field splitting, quote removal, tilde,
 * arithmetic, command substitution and pathname expansion. Fields are
 * rendered as <field><field>... */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ast.h"
#include "expand.h"
#include "capture.h"
#include "lex.h"
#include "shell.h"
#include "strbuf.h"
#include "vars.h"

/* A fixed environment so that the tests do not depend on the caller's. */
static char *test_env[] = {"HOME=/home/test", "PATH=/usr/bin:/bin", NULL};

/* One shell for the whole group (there is no shell_free). */
static struct shell test_shell;
/* Where the words the tests parse live. */
static struct ast_chunk *test_chunk;

/* text parsed as one word (as the lexer would build it); NULL after a
 * syntax error. */
static struct word *W(const char *text)
{
	return lex_parse_string(&test_shell, test_chunk, text, LEX_STRING_WORD);
}

/* text parsed as an unquoted here-document body. */
static struct word *H(const char *text)
{
	return lex_parse_string(&test_shell, test_chunk, text,
				LEX_STRING_HEREDOC);
}

static int group_setup(void **state)
{
	shell_init(&test_shell, test_env, "cosh");
	test_chunk = ast_chunk_new();
	*state = &test_shell;
	return 0;
}

/* Each test starts with the same variables, parameters and options. */
static int test_setup(void **state)
{
	struct shell *sh = *state;
	static char *params[] = {"p1", "p 2"};
	vars_set(sh, "x", "abc", 0);
	vars_set(sh, "e", "", 0);
	vars_unset(sh, "u");
	vars_set(sh, "IFS", " \t\n", 0);
	vars_set(sh, "HOME", "/home/test", 0);
	params_set(&sh->params, 2, params);
	sh->opts.nounset = false;
	sh->opts.noglob = false;
	return 0;
}

static int test_teardown(void **state)
{
	struct shell *sh = *state;
	arena_free(&sh->scratch);
	return 0;
}


static void set(struct shell *sh, const char *name, const char *value)
{
	assert_int_equal(vars_set(sh, name, value, 0), 0);
}

/* Expands the NULL-terminated words with expand_words and renders the
 * fields; returns the status. */
static int fields_render(struct shell *sh, const char *const *words,
			 char *got, size_t gotn, char *err, size_t n)
{
	struct strbuf sb = { 0 }, *out = &sb;
	struct strvec v = { 0 };
	struct capture c;
	int nwords = 0;
	while (words[nwords])
		nwords++;
	/* A command substitution forks: nothing buffered may be written
	 * twice. */
	fflush(stdout);
	capture_start(&c);
	struct word **parsed = calloc((size_t)nwords + 1, sizeof *parsed);
	int rc = 0;
	for (int i = 0; i < nwords && rc == 0; i++)
		if (!(parsed[i] = W(words[i])))
			rc = -1;
	if (rc == 0)
		rc = expand_words(sh, parsed, nwords, &v);
	free(parsed);
	capture_end(&c, err, n);
	for (size_t i = 0; i < v.len; i++)
		strbuf_addf(out, "<%s>", v.items[i]);
	strvec_release(&v);
	snprintf(got, gotn, "%s", strbuf_str(out));
	strbuf_release(out);
	return rc;
}

static void check_fields_v(struct shell *sh, const char *const *words,
			   const char *want, int line)
{
	char got[8192];
	char err[512];
	int rc = fields_render(sh, words, got, sizeof got, err, sizeof err);
	if (rc != 0)
		fail_msg("line %d: '%s' failed: %s", line, words[0], err);
	if (strcmp(got, want) != 0)
		fail_msg("line %d: '%s'\n got: %s\nwant: %s", line, words[0],
			 got, want);
	if (err[0])
		fail_msg("line %d: '%s' printed: %s", line, words[0], err);
}

/* FIELDS(want, word...): the words expand to the fields in want. */
#define FIELDS(want, ...) check_fields_v(*state, \
	(const char *const[]){__VA_ARGS__, NULL}, want, __LINE__)

/* One word without splitting or globbing (expand_word). */
static void check_word(struct shell *sh, const char *word, const char *want,
		       int line)
{
	char err[512];
	struct capture c;
	fflush(stdout);
	capture_start(&c);
	struct word *w = W(word);
	char *got = w ? expand_word(sh, w) : NULL;
	capture_end(&c, err, sizeof err);
	if (!got)
		fail_msg("line %d: '%s' failed: %s", line, word, err);
	if (strcmp(got, want) != 0)
		fail_msg("line %d: '%s' gave '%s', want '%s'", line, word, got,
			 want);
	if (err[0])
		fail_msg("line %d: '%s' printed: %s", line, word, err);
}

#define WORD(word, want) check_word(*state, word, want, __LINE__)

/* The word fails in expand_words (-1) and in expand_word (NULL), each
 * time with one diagnostic containing msg. */
static void check_fail(struct shell *sh, const char *word, const char *msg,
		       int line)
{
	char got[8192];
	char err[512];
	const char *words[] = {word, NULL};
	int rc = fields_render(sh, words, got, sizeof got, err, sizeof err);
	if (rc != -1)
		fail_msg("line %d: '%s' did not fail: %s", line, word,
			 got);
	if (!strstr(err, msg))
		fail_msg("line %d: '%s' printed '%s', want '%s'", line, word,
			 err, msg);
	if (strchr(err, '\n') != err + strlen(err) - 1)
		fail_msg("line %d: '%s': want one diagnostic line, got '%s'",
			 line, word, err);

	struct capture c;
	capture_start(&c);
	struct word *w = W(word);
	char *s = w ? expand_word(sh, w) : NULL;
	capture_end(&c, err, sizeof err);
	if (s)
		fail_msg("line %d: expand_word '%s' gave '%s'", line, word, s);
	if (!strstr(err, msg))
		fail_msg("line %d: expand_word '%s' printed '%s'", line, word,
			 err);
}

#define FAIL(word, msg) check_fail(*state, word, msg, __LINE__)

/* --- Parameter expansion (XCU 2.6.2) --- */

static void test_plain_parameters(void **state)
{
	struct shell *sh = *state;
	WORD("$x", "abc");
	WORD("${x}", "abc");
	WORD("${x}def", "abcdef");
	WORD("$xdef", "");
	WORD("$u", "");
	WORD("a$e-b", "a-b");
	WORD("$1/$2", "p1/p 2");
	WORD("${2}", "p 2");
	WORD("$3", "");
	WORD("$#", "2");
	WORD("$0", "cosh");
	WORD("$", "$");
	WORD("$ x", "$ x");
	WORD("a$", "a$");
	WORD("$%", "$%");
	sh->exit_status = 42;
	WORD("$?", "42");
	sh->exit_status = 0;
	char pid[32];
	snprintf(pid, sizeof pid, "%ld", (long)getpid());
	WORD("$$", pid);

	static char *many[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9",
			       "ten", "eleven"};
	params_set(&sh->params, 11, many);
	WORD("${10}", "ten");
	WORD("${11}", "eleven");
	WORD("$10", "10");
	WORD("$#", "11");
}

static void test_default_and_alternative(void **state)
{
	/* x is "abc", e is set and empty, u is unset. */
	WORD("${x:-w}", "abc");
	WORD("${e:-w}", "w");
	WORD("${u:-w}", "w");
	WORD("${x-w}", "abc");
	WORD("${e-w}", "");
	WORD("${u-w}", "w");
	WORD("${x:+w}", "w");
	WORD("${e:+w}", "");
	WORD("${u:+w}", "");
	WORD("${x+w}", "w");
	WORD("${e+w}", "w");
	WORD("${u+w}", "");
	WORD("${u:-$x}", "abc");
	WORD("${u:-${e:-nested}}", "nested");
	WORD("${u:-'a b'}", "a b");
	WORD("${u:-\"a b\"}", "a b");
	WORD("${u:-}", "");
	WORD("${u:-a}}", "a}");
	WORD("${u:-\\}}", "}");
	WORD("${x:+'}'}", "}");
	WORD("${u:-~}", "/home/test");
	WORD("\"${u:-'a'}\"", "'a'");
}

static void test_assign_default(void **state)
{
	struct shell *sh = *state;
	WORD("${u:=w}", "w");
	assert_string_equal(vars_get(sh, "u"), "w");
	WORD("${u:=other}", "w");
	WORD("${e=w}", "");
	assert_string_equal(vars_get(sh, "e"), "");
	WORD("${e:=z}", "z");
	assert_string_equal(vars_get(sh, "e"), "z");
	vars_unset(sh, "v");
	WORD("${v=$x-1}", "abc-1");
	assert_string_equal(vars_get(sh, "v"), "abc-1");
	vars_unset(sh, "v");
	WORD("${1:=a}", "p1");
	FAIL("${3:=a}", "cannot assign");
}

static void test_error_if_unset(void **state)
{
	WORD("${x:?w}", "abc");
	WORD("${x?w}", "abc");
	WORD("${e?w}", "");
	FAIL("${u:?custom message}", "u: custom message");
	FAIL("${u?}", "u: parameter not set");
	FAIL("${e:?}", "e: parameter null or not set");
	FAIL("${u:?$x}", "u: abc");
	FAIL("a${u?}b", "parameter not set");
}

static void test_length(void **state)
{
	struct shell *sh = *state;
	WORD("${#x}", "3");
	WORD("${#e}", "0");
	WORD("${#u}", "0");
	WORD("${#1}", "2");
	WORD("${#2}", "3");
	WORD("${#}", "2");
	WORD("${##}", "1");
	set(sh, "long", "0123456789012");
	WORD("${#long}", "13");
}

static void test_trim(void **state)
{
	struct shell *sh = *state;
	set(sh, "p", "/usr/local/lib.tar.gz");
	WORD("${p%.*}", "/usr/local/lib.tar");
	WORD("${p%%.*}", "/usr/local/lib");
	WORD("${p#*/}", "usr/local/lib.tar.gz");
	WORD("${p##*/}", "lib.tar.gz");
	WORD("${p%.zip}", "/usr/local/lib.tar.gz");
	WORD("${p#/usr}", "/local/lib.tar.gz");
	WORD("${p%}", "/usr/local/lib.tar.gz");
	WORD("${p#}", "/usr/local/lib.tar.gz");
	WORD("${p##*}", "");
	WORD("${p%%*}", "");
	WORD("${p#*}", "/usr/local/lib.tar.gz");
	WORD("${p%?}", "/usr/local/lib.tar.g");
	WORD("${p#[/u]}", "usr/local/lib.tar.gz");
	WORD("${x%c}", "ab");
	WORD("${u%c}", "");
	/* Quoted characters in the pattern are literal. */
	set(sh, "star", "a*b*c");
	WORD("${star%\"*\"*}", "a*b");
	WORD("${star%%\\**}", "a");
	WORD("${star#'a*'}", "b*c");
	WORD("${star#a*}", "*b*c");
	WORD("${star##a*}", "");
	/* The pattern may come from an expansion; quoted, it is literal. */
	set(sh, "pat", "*b");
	WORD("${star%$pat*}", "a*");
	WORD("${star%\"$pat\"*}", "a");
	set(sh, "pat", "b*");
	WORD("${star#\"$x\"}", "a*b*c");
	set(sh, "q", "abc");
	WORD("${q#\"a\"}", "bc");
	WORD("${q%\"$x\"}", "");
	WORD("\"${q%c}\"", "ab");
}

/* set -u (XCU 2.6.2, set): expanding an unset parameter is an error. */
static void test_nounset(void **state)
{
	struct shell *sh = *state;
	sh->opts.nounset = true;
	FAIL("$u", "u: parameter not set");
	FAIL("${u}", "u: parameter not set");
	FAIL("${#u}", "u");
	FAIL("$9", "9");
	WORD("${u-ok}", "ok");
	WORD("${u:+ok}", "");
	WORD("$e", "");
	WORD("\"$@\"", "p1 p 2");
	sh->opts.nounset = false;
}

/* --- Special parameters @ and * (XCU 2.5.2) --- */

static void test_at_and_star(void **state)
{
	struct shell *sh = *state;
	static char *three[] = {"a b", "", "c"};
	params_set(&sh->params, 3, three);
	FIELDS("<a b><><c>", "\"$@\"");
	FIELDS("<a b><><c>", "\"${@}\"");
	FIELDS("<a><b><c>", "$@");
	FIELDS("<a><b><c>", "$*");
	FIELDS("<a b  c>", "\"$*\"");
	FIELDS("<xa b><><cy>", "\"x$@y\"");
	FIELDS("<a b><><c><a b><><c>", "\"$@\"", "\"$@\"");
	FIELDS("<3>", "$#");
	set(sh, "IFS", ":");
	FIELDS("<a b::c>", "\"$*\"");
	/* XCU 2.5.2: empty fields of unquoted $* may be discarded (dash
	 * and yash do; bash keeps them). */
	FIELDS("<a b><c>", "$*");
	set(sh, "IFS", "");
	FIELDS("<a bc>", "\"$*\"");
	FIELDS("<a b><c>", "$*");
	FIELDS("<a b><c>", "$@");
	vars_unset(sh, "IFS");
	FIELDS("<a b  c>", "\"$*\"");
	set(sh, "IFS", " \t\n");

	params_set(&sh->params, 0, NULL);
	FIELDS("", "\"$@\"");
	FIELDS("", "\"${@}\"");
	FIELDS("", "$@");
	FIELDS("", "$*");
	FIELDS("<>", "\"$*\"");
	FIELDS("<x>", "\"x$@\"");
	FIELDS("<0>", "$#");
	FIELDS("<>", "\"$@\"\"\"");

	static char *one[] = {"only"};
	params_set(&sh->params, 1, one);
	FIELDS("<only>", "\"$@\"");
	FIELDS("<-only->", "\"-$@-\"");
	WORD("\"$@\"", "only");
}

/* --- Field splitting (XCU 2.6.5) --- */

static void test_split_whitespace(void **state)
{
	struct shell *sh = *state;
	set(sh, "v", "  a  b\tc\n ");
	FIELDS("<a><b><c>", "$v");
	FIELDS("<  a  b\tc\n >", "\"$v\"");
	FIELDS("<x><a><b><c>", "x$v");
	FIELDS("<a><b><c><x>", "${v}x");
	set(sh, "v", "a  b");
	FIELDS("<xa><by>", "x${v}y");
	set(sh, "v", "a b");
	FIELDS("<a><bcba><d>", "${v}c${v#a }${v%b}d");
	set(sh, "v", "");
	FIELDS("", "$v");
	FIELDS("<>", "\"$v\"");
	FIELDS("<>", "$v\"\"");
	FIELDS("<>", "''$v");
	FIELDS("", "$v$u");
	set(sh, "v", "   ");
	FIELDS("", "$v");
	FIELDS("<a><b>", "a$v$v\"\"b");
	/* Literal blanks in the word are not from an expansion. */
	FIELDS("<a b>", "'a b'");
	FIELDS("<a b>", "a\\ b");
	vars_unset(sh, "IFS");
	set(sh, "v", " a\tb ");
	FIELDS("<a><b>", "$v");
}

static void test_split_non_whitespace(void **state)
{
	struct shell *sh = *state;
	set(sh, "IFS", ":");
	set(sh, "v", "a::b:");
	FIELDS("<a><><b>", "$v");
	set(sh, "v", ":a");
	FIELDS("<><a>", "$v");
	set(sh, "v", ":");
	FIELDS("<>", "$v");
	set(sh, "v", "a b");
	FIELDS("<a b>", "$v");
	FIELDS("<a:b>", "a:b");
	set(sh, "v", "a:b");
	FIELDS("<xa><by>", "x${v}y");
	FIELDS("<a:b>", "\"$v\"");

	set(sh, "IFS", " :");
	set(sh, "v", " a : b :: c ");
	FIELDS("<a><b><><c>", "$v");
	set(sh, "v", "a  :  b");
	FIELDS("<a><b>", "$v");

	set(sh, "IFS", ":,");
	set(sh, "v", "a,b:c");
	FIELDS("<a><b><c>", "$v");
	set(sh, "IFS", " \t\n");
}

static void test_split_empty_ifs(void **state)
{
	struct shell *sh = *state;
	set(sh, "IFS", "");
	set(sh, "v", " a  b ");
	FIELDS("< a  b >", "$v");
	set(sh, "v", "");
	FIELDS("", "$v");
	set(sh, "IFS", " \t\n");
}

/* Unquoted ${x-word}: the expanded word is split; quoted parts of it
 * are not. */
static void test_split_in_braces(void **state)
{
	FIELDS("<a><b>", "${u:-a b}");
	FIELDS("<a b>", "\"${u:-a b}\"");
	FIELDS("<a b><c>", "${u:-\"a b\" c}");
	FIELDS("<p1><p><2>", "${x:+$@}");
	FIELDS("<p1><p 2>", "${x:+\"$@\"}");
}

/* --- Quote removal (XCU 2.6.7) and backslashes (XCU 2.2) --- */

static void test_quote_removal(void **state)
{
	WORD("'a'\"b\"\\c", "abc");
	WORD("\"\\$x\"", "$x");
	WORD("\\$x", "$x");
	WORD("'$x'", "$x");
	WORD("\"\\a\"", "\\a");
	WORD("'\\'", "\\");
	WORD("\"a\\\"b\"", "a\"b");
	WORD("\"a\\\\b\"", "a\\b");
	WORD("\"'\"", "'");
	WORD("'\"'", "\"");
	WORD("\"`echo a`\"", "a");
	WORD("\\\\", "\\");
	WORD("\"\"", "");
	WORD("''", "");
	WORD("\"$x\"'$x'$x", "abc$xabc");
	FIELDS("<>", "''");
	FIELDS("<>", "\"\"");
	FIELDS("<a>", "\"\"a");
	FIELDS("<*>", "\\*");
}

/* --- Tilde expansion (XCU 2.6.1) --- */

static void test_tilde(void **state)
{
	struct shell *sh = *state;
	WORD("~", "/home/test");
	WORD("~/x", "/home/test/x");
	WORD("\"~\"", "~");
	WORD("\\~", "~");
	WORD("'~'/x", "~/x");
	WORD("a~", "a~");
	WORD("x/~", "x/~");
	WORD("~nosuch-user-cosh-test", "~nosuch-user-cosh-test");
	WORD("~\"root\"", "~root");
	struct passwd *pw = getpwnam("root");
	if (pw) {
		char want[PATH_MAX];
		snprintf(want, sizeof want, "%s/x", pw->pw_dir);
		WORD("~root/x", want);
	}
	/* In an assignment value a tilde after ':' is expanded too. */
	char *s = expand_assignment_value(sh, W("a:~/b:~"));
	assert_non_null(s);
	assert_string_equal(s, "a:/home/test/b:/home/test");
	s = expand_assignment_value(sh, W("~:x"));
	assert_non_null(s);
	assert_string_equal(s, "/home/test:x");
	WORD("a:~/b", "a:~/b");
	/* The result is not split or globbed. */
	set(sh, "HOME", "/a b*");
	FIELDS("</a b*/c>", "~/c");
	set(sh, "HOME", "/home/test");
}

/* --- Arithmetic expansion (XCU 2.6.4) --- */

static void test_arithmetic(void **state)
{
	struct shell *sh = *state;
	WORD("$((1+2*3))", "7");
	set(sh, "n", "4");
	WORD("$((n+1))", "5");
	WORD("$(($n*2))", "8");
	WORD("$(( $n << 2 ))", "16");
	WORD("\"$((n-10))\"", "-6");
	WORD("$(((1+2)*(3+4)))", "21");
	WORD("a$((1))b", "a1b");
	WORD("$((${n}0))", "40");
	WORD("$(($(echo 6)*7))", "42");
	WORD("$((n=9))", "9");
	assert_string_equal(vars_get(sh, "n"), "9");
	FIELDS("<-1>", "$((-1))");
	FAIL("$((1/0))", "");
	FAIL("$((1+))", "");
}

/* --- Command substitution (XCU 2.6.3) --- */

static void test_command_substitution(void **state)
{
	struct shell *sh = *state;
	WORD("$(echo hi)", "hi");
	WORD("a$(echo hi)b", "ahib");
	WORD("$(printf 'a\\n\\n\\n')", "a");
	WORD("$(printf '\\na\\nb\\n')", "\na\nb");
	WORD("$(echo $(echo nested))", "nested");
	WORD("`echo back`", "back");
	WORD("`echo \\`echo inner\\``", "inner");
	WORD("`echo \\$x`", "abc");
	WORD("$(echo $x)", "abc");
	WORD("$(echo ')')", ")");
	WORD("$(case a in a) echo yes;; esac)", "yes");
	WORD("$()", "");
	WORD("$(:)", "");
	FIELDS("<a><b>", "$(echo a b)");
	FIELDS("<a b>", "\"$(echo a b)\"");
	FIELDS("", "$(true)");
	FIELDS("<>", "\"$(true)\"");
	WORD("$(exit 3)", "");
	assert_int_equal(sh->cmdsub_status, 3);
	WORD("$(true)", "");
	assert_int_equal(sh->cmdsub_status, 0);
}

/* --- Pathname expansion (XCU 2.6.6) --- */

/* The files of the pathname test, created in a temporary directory that
 * is the working directory during the test. */
static const char *const glob_files[] = {
	"a.c", "b.c", ".hidden.c", "a b.c", "*.c", "d/x", "d/y.c",
};
static char glob_dir[] = "/tmp/cosh-test-expand-XXXXXX";
static char glob_old_cwd[PATH_MAX];

static int glob_setup(void **state)
{
	test_setup(state);
	if (!getcwd(glob_old_cwd, sizeof glob_old_cwd) || !mkdtemp(glob_dir) ||
	    chdir(glob_dir) < 0 || mkdir("d", 0755) < 0)
		return -1;
	for (size_t i = 0; i < sizeof glob_files / sizeof *glob_files; i++) {
		int fd = open(glob_files[i], O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			return -1;
		close(fd);
	}
	return 0;
}

static int glob_teardown(void **state)
{
	for (size_t i = 0; i < sizeof glob_files / sizeof *glob_files; i++)
		unlink(glob_files[i]);
	rmdir("d");
	if (chdir(glob_old_cwd) < 0 || rmdir(glob_dir) < 0)
		return -1;
	return test_teardown(state);
}

static void test_pathname_expansion(void **state)
{
	struct shell *sh = *state;
	FIELDS("<*.c><a b.c><a.c><b.c>", "*.c");
	FIELDS("<*.c>", "\"*.c\"");
	FIELDS("<*.c>", "\\*.c");
	FIELDS("<*.c>", "'*'.c");
	FIELDS("<*.x>", "*.x");
	FIELDS("<.hidden.c>", ".*.c");
	FIELDS("<a.c><b.c>", "[ab].c");
	FIELDS("<a.c>", "[!b*].c");
	FIELDS("<*.c><a.c><b.c>", "?.c");
	FIELDS("<d/x><d/y.c>", "d/*");
	FIELDS("<d/y.c>", "*/*.c");
	FIELDS("<d>", "d*");
	set(sh, "g", "*.c");
	FIELDS("<*.c><a b.c><a.c><b.c>", "$g");
	FIELDS("<*.c>", "\"$g\"");
	set(sh, "g", "a *.c");
	FIELDS("<a><*.c><a b.c><a.c><b.c>", "$g");
	FIELDS("<a.c>", "a\".c\"");
	FIELDS("<a*.c>", "a\"*\".c");
	FIELDS("<a b.c><a.c>", "a*");
	sh->opts.noglob = true;
	FIELDS("<*.c>", "*.c");
	sh->opts.noglob = false;
	WORD("*.c", "*.c");
}

/* --- Patterns for case and ${x#...} (expand_pattern) --- */

static void check_pattern(struct shell *sh, const char *word,
			  const char *want, int line)
{
	char *got = expand_pattern(sh, W(word));
	if (!got)
		fail_msg("line %d: pattern '%s' failed", line, word);
	if (strcmp(got, want) != 0)
		fail_msg("line %d: pattern '%s' gave '%s', want '%s'", line,
			 word, got, want);
}

#define PATTERN(word, want) check_pattern(*state, word, want, __LINE__)

static void test_patterns(void **state)
{
	struct shell *sh = *state;
	PATTERN("a*", "a*");
	PATTERN("'a*'", "a\\*");
	PATTERN("\"a?\"", "a\\?");
	PATTERN("\\*", "\\*");
	PATTERN("[ab]", "[ab]");
	PATTERN("'[ab]'", "\\[ab\\]");
	PATTERN("$x", "abc");
	set(sh, "v", "*");
	PATTERN("$v", "*");
	PATTERN("\"$v\"", "\\*");
	set(sh, "v", "a b");
	PATTERN("$v", "a b");
	PATTERN("~", "/home/test");
	PATTERN("$(echo '?')", "?");
	PATTERN("\"$(echo '?')\"", "\\?");
}

/* --- Here-document bodies (XCU 2.7.4) --- */

static void test_heredoc_body(void **state)
{
	struct shell *sh = *state;
	char *s = expand_heredoc(sh, H("$x ${u:-d} $(echo c) `echo b`\n"));
	assert_non_null(s);
	assert_string_equal(s, "abc d c b\n");
	s = expand_heredoc(sh, H("\\$x \\a \"q\" 'q' \\\\ \\`\n"));
	assert_non_null(s);
	assert_string_equal(s, "$x \\a \"q\" 'q' \\ `\n");
	s = expand_heredoc(sh, H("a\\\nb\n"));
	assert_non_null(s);
	assert_string_equal(s, "ab\n");
	s = expand_heredoc(sh, H("~ * $*\n"));
	assert_non_null(s);
	assert_string_equal(s, "~ * p1 p 2\n");
}

#define T(name) cmocka_unit_test_setup_teardown(name, test_setup, test_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_plain_parameters),
		T(test_default_and_alternative),
		T(test_assign_default),
		T(test_error_if_unset),
		T(test_length),
		T(test_trim),
		T(test_nounset),
		T(test_at_and_star),
		T(test_split_whitespace),
		T(test_split_non_whitespace),
		T(test_split_empty_ifs),
		T(test_split_in_braces),
		T(test_quote_removal),
		T(test_tilde),
		T(test_arithmetic),
		T(test_command_substitution),
		cmocka_unit_test_setup_teardown(test_pathname_expansion,
						glob_setup, glob_teardown),
		T(test_patterns),
		T(test_heredoc_body),
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}
