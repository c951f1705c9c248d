/* Unit tests for the lexer (src/lex.c, XCU 2.3): operators, IO_NUMBER,
 * words kept as source text, line continuation, comments, nested
 * substitutions, here-document bodies and lexical errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "input.h"
#include "lex.h"
#include "capture.h"
#include "shell.h"
#include "strbuf.h"

/* A fixed environment so that the tests do not depend on the caller's. */
static char *test_env[] = {"HOME=/home/test", NULL};

/* One shell for the whole group (there is no shell_free). */
static struct shell test_shell;

static int group_setup(void **state)
{
	shell_init(&test_shell, test_env, "cosh");
	*state = &test_shell;
	return 0;
}

/* One lexing session over a string; the chunk holds the token texts. */
struct lex_run {
	struct input in;
	struct lexer lx;
	struct ast_chunk *chunk;
};

static void run_start(struct lex_run *r, struct shell *sh, const char *text)
{
	input_init_string(&r->in, text, NULL);
	lex_init(&r->lx, sh, &r->in);
	r->chunk = ast_chunk_new();
	r->lx.chunk = r->chunk;
}

static void run_end(struct lex_run *r)
{
	lex_free(&r->lx);
	ast_chunk_unref(r->chunk);
}


static const char *kind_text(enum token_kind k)
{
	switch (k) {
	case TOKEN_WORD: return "WORD";
	case TOKEN_IO_NUMBER: return "IO";
	case TOKEN_NEWLINE: return "NL";
	case TOKEN_EOF: return "EOF";
	case TOKEN_AND_IF: return "&&";
	case TOKEN_OR_IF: return "||";
	case TOKEN_DSEMI: return ";;";
	case TOKEN_SEMI_AND: return ";&";
	case TOKEN_AMP: return "&";
	case TOKEN_SEMI: return ";";
	case TOKEN_PIPE: return "|";
	case TOKEN_LPAREN: return "(";
	case TOKEN_RPAREN: return ")";
	case TOKEN_LESS: return "<";
	case TOKEN_GREAT: return ">";
	case TOKEN_DGREAT: return ">>";
	case TOKEN_DLESS: return "<<";
	case TOKEN_DLESSDASH: return "<<-";
	case TOKEN_LESSAND: return "<&";
	case TOKEN_GREATAND: return ">&";
	case TOKEN_LESSGREAT: return "<>";
	case TOKEN_CLOBBER: return ">|";
	case TOKEN_ERROR: return "ERR";
	}
	return "?";
}

/* Appends one token: [text] for an unquoted word, q[text] for a word with
 * quotes, io[N] for an IO_NUMBER, the operator or NL/EOF/ERR otherwise. */
static void token_render(struct strbuf *sb, const struct token *t)
{
	if (sb->len)
		strbuf_addc(sb, ' ');
	if (t->kind == TOKEN_WORD)
		strbuf_addf(sb, "%s[%s]", t->quoted ? "q" : "", t->text);
	else if (t->kind == TOKEN_IO_NUMBER)
		strbuf_addf(sb, "io[%s]", t->text);
	else
		strbuf_adds(sb, kind_text(t->kind));
}

/* Lexes text to EOF or the first error; the rendered tokens go to out
 * and diagnostics to err. */
static void lex_render(struct shell *sh, const char *text, char *got,
		       size_t gotn, char *err, size_t n)
{
	struct strbuf sb = { 0 }, *out = &sb;
	struct lex_run r;
	struct capture c;
	run_start(&r, sh, text);
	capture_start(&c);
	for (int i = 0; i < 1000; i++) {
		struct token t = lex_next(&r.lx);
		token_render(out, &t);
		if (t.kind == TOKEN_EOF || t.kind == TOKEN_ERROR)
			break;
	}
	capture_end(&c, err, n);
	run_end(&r);
	snprintf(got, gotn, "%s", strbuf_str(out));
	strbuf_release(out);
}

static void check_tokens(struct shell *sh, const char *text, const char *want,
			 int line)
{
	char got[8192];
	char err[512];
	lex_render(sh, text, got, sizeof got, err, sizeof err);
	if (strcmp(got, want) != 0)
		fail_msg("line %d: lexing '%s'\n got: %s\nwant: %s", line, text,
			 got, want);
	if (err[0] && strstr(want, "ERR") == NULL)
		fail_msg("line %d: lexing '%s' printed: %s", line, text, err);
}

#define TOKENS(text, want) check_tokens(*state, text, want, __LINE__)

/* The input ends with an error token and a diagnostic containing msg. */
static void check_error(struct shell *sh, const char *text, const char *msg,
			int line)
{
	char got[8192];
	char err[512];
	lex_render(sh, text, got, sizeof got, err, sizeof err);
	const char *s = got;
	size_t len = strlen(s);
	if (len < 3 || strcmp(s + len - 3, "ERR") != 0)
		fail_msg("line %d: '%s' gave no error token: %s", line, text, s);
	if (!strstr(err, msg) || !strstr(err, "syntax error"))
		fail_msg("line %d: '%s' printed '%s', want '%s'", line, text,
			 err, msg);
	if (strchr(err, '\n') != err + strlen(err) - 1)
		fail_msg("line %d: '%s': want one diagnostic line, got '%s'",
			 line, text, err);
}

#define LEX_ERROR(text, msg) check_error(*state, text, msg, __LINE__)

/* XCU 2.3 rule 2/3: operators are the longest sequence that forms one. */
static void test_control_operators(void **state)
{
	TOKENS("a&&b||c;;d;&e&f;g|h(i)j",
	       "[a] && [b] || [c] ;; [d] ;& [e] & [f] ; [g] | [h] ( [i] ) [j] EOF");
	TOKENS("&&&", "&& & EOF");
	TOKENS("|||", "|| | EOF");
	TOKENS(";;;", ";; ; EOF");
	TOKENS("; ;", "; ; EOF");
	TOKENS("& &", "& & EOF");
	TOKENS("a\nb\n", "[a] NL [b] NL EOF");
	TOKENS("", "EOF");
	TOKENS("  \t ", "EOF");
}

static void test_redirection_operators(void **state)
{
	TOKENS("<a >b >>c <&f >&g <>h >|i",
	       "< [a] > [b] >> [c] <& [f] >& [g] <> [h] >| [i] EOF");
	TOKENS("<<d", "<< [d] EOF");
	TOKENS("<<-e", "<<- [e] EOF");
	TOKENS("<<<x", "<< < [x] EOF");
	TOKENS(">>|x", ">> | [x] EOF");
	TOKENS("<>>x", "<> > [x] EOF");
	TOKENS("a>b", "[a] > [b] EOF");
	TOKENS("> >", "> > EOF");
	TOKENS("< <", "< < EOF");
}

/* XCU 2.10.1 rule: a word of digits only, directly followed by < or >,
 * is an IO_NUMBER. */
static void test_io_number(void **state)
{
	TOKENS("2>x", "io[2] > [x] EOF");
	TOKENS("2 >x", "[2] > [x] EOF");
	TOKENS("a2>x", "[a2] > [x] EOF");
	TOKENS("2a>x", "[2a] > [x] EOF");
	TOKENS("12<&3", "io[12] <& [3] EOF");
	TOKENS("2>&1", "io[2] >& [1] EOF");
	TOKENS("0<>f", "io[0] <> [f] EOF");
	TOKENS("3>>f 4<<E", "io[3] >> [f] io[4] << [E] EOF");
	TOKENS("echo 1 2", "[echo] [1] [2] EOF");
	TOKENS("1|2", "[1] | [2] EOF");
	TOKENS("\"2\">x", "q[\"2\"] > [x] EOF");
	TOKENS("\\2>x", "q[\\2] > [x] EOF");
	TOKENS("$1>x", "[$1] > [x] EOF");
}

/* XCU 2.3: the token text keeps its quotes; expansion removes them. */
static void test_quoting_kept(void **state)
{
	TOKENS("'a b' \"c $d\" e\\ f",
	       "q['a b'] q[\"c $d\"] q[e\\ f] EOF");
	TOKENS("a'b'c", "q[a'b'c] EOF");
	TOKENS("\"a;b|c&d\" 'x&&y>z'", "q[\"a;b|c&d\"] q['x&&y>z'] EOF");
	TOKENS("'\"' \"'\"", "q['\"'] q[\"'\"] EOF");
	TOKENS("\"a\\\"b\"", "q[\"a\\\"b\"] EOF");
	TOKENS("'a\\'", "q['a\\'] EOF");
	TOKENS("a\\;b", "q[a\\;b] EOF");
	TOKENS("\\\\", "q[\\\\] EOF");
	TOKENS("\"\"", "q[\"\"] EOF");
	TOKENS("''x", "q[''x] EOF");
	TOKENS("'line\nbreak'", "q['line\nbreak'] EOF");
	TOKENS("$x ${y}", "[$x] [${y}] EOF");
	TOKENS("a=b c=\"d e\"", "[a=b] q[c=\"d e\"] EOF");
	TOKENS("{ } ! if", "[{] [}] [!] [if] EOF");
}

/* XCU 2.2.1: backslash-newline is removed before the input is split into
 * tokens, except inside single quotes. */
static void test_line_continuation(void **state)
{
	TOKENS("a \\\n b", "[a] [b] EOF");
	TOKENS("\\\necho", "[echo] EOF");
	TOKENS("echo \\\n\\\nx", "[echo] [x] EOF");
	TOKENS("\"a\\\nb\"", "q[\"ab\"] EOF");
	TOKENS("'a\\\nb'", "q['a\\\nb'] EOF");
	TOKENS("2\\\n>x", "io[2] > [x] EOF");
	TOKENS("${x\\\n}", "[${x}] EOF");
	TOKENS("a\\", "q[a\\] EOF");
}

/* XCU 2.2.1: the removed backslash-newline leaves no quoting behind, so
 * `i\<newline>f` is the reserved word `if` (dash, bash and yash agree). */
static void test_line_continuation_unquoted(void **state)
{
	TOKENS("ec\\\nho", "[echo] EOF");
	TOKENS("i\\\nf", "[if] EOF");
}

/* XCU 2.2.1: backslash-newline is removed before tokens are formed, so
 * it may split an operator (dash, bash and yash read `&\<newline>&` as
 * `&&`). */
static void test_line_continuation_in_operators(void **state)
{
	TOKENS("a &\\\n& b", "[a] && [b] EOF");
	TOKENS("a >\\\n> b", "[a] >> [b] EOF");
	TOKENS("a <\\\n<\\\n-E", "[a] <<- [E] EOF");
	TOKENS("a ;\\\n;", "[a] ;; EOF");
}

/* XCU 2.3 rule 9: # starts a comment only at the start of a token. */
static void test_comments(void **state)
{
	TOKENS("echo a # comment ; x\nb", "[echo] [a] NL [b] EOF");
	TOKENS("a#b", "[a#b] EOF");
	TOKENS("#only", "EOF");
	TOKENS("# c\n", "NL EOF");
	TOKENS("echo \\#x '#y' \"#z\"", "[echo] q[\\#x] q['#y'] q[\"#z\"] EOF");
	TOKENS("a;#b\nc", "[a] ; NL [c] EOF");
	TOKENS("a&#b", "[a] & EOF");
	TOKENS("${#x} $#", "[${#x}] [$#] EOF");
	TOKENS("# a \\\nb", "NL [b] EOF");
}

/* XCU 2.3 rule 5: $(...) ends at the parenthesis that closes it, found by
 * parsing the command inside. */
static void test_command_substitution(void **state)
{
	TOKENS("echo $(echo a)b c", "[echo] [$(echo a)b] [c] EOF");
	TOKENS("x$( (echo a) ; echo b )y", "[x$( (echo a) ; echo b )y] EOF");
	TOKENS("$(case x in a) echo a;; (b|c) echo b;; esac)z",
	       "[$(case x in a) echo a;; (b|c) echo b;; esac)z] EOF");
	TOKENS("$(echo ')' \")\" \\))", "[$(echo ')' \")\" \\))] EOF");
	TOKENS("$(echo a # )\n)", "[$(echo a # )\n)] EOF");
	TOKENS("$(echo $(echo $(echo x)))", "[$(echo $(echo $(echo x)))] EOF");
	TOKENS("$()x", "[$()x] EOF");
	TOKENS("$(\n)", "[$(\n)] EOF");
	TOKENS("\"$(echo \")\")\"", "q[\"$(echo \")\")\"] EOF");
	TOKENS("$(f() { echo; }; f)", "[$(f() { echo; }; f)] EOF");
	TOKENS("$(echo a |\n cat)", "[$(echo a |\n cat)] EOF");
	TOKENS("$((1+(2*3)))+", "[$((1+(2*3)))+] EOF");
	TOKENS("$(( (1) ))", "[$(( (1) ))] EOF");
	TOKENS("$(cat <<E\n)\nE\n)", "[$(cat <<E\n)\nE\n)] EOF");
}

static void test_parameter_braces(void **state)
{
	TOKENS("${x:-\"}\"}a", "[${x:-\"}\"}a] EOF");
	TOKENS("${x:-'}'}a", "[${x:-'}'}a] EOF");
	TOKENS("${x#\\}}", "[${x#\\}}] EOF");
	TOKENS("${x:-a b} c", "[${x:-a b}] [c] EOF");
	TOKENS("${x:-;|&}", "[${x:-;|&}] EOF");
	TOKENS("${x:-${y:-$(echo })}}", "[${x:-${y:-$(echo })}}] EOF");
	TOKENS("\"${x:-a \"b c\" d}\"", "q[\"${x:-a \"b c\" d}\"] EOF");
	TOKENS("${x:-`echo }`}", "[${x:-`echo }`}] EOF");
}

static void test_backquotes(void **state)
{
	TOKENS("`echo a b`c d", "[`echo a b`c] [d] EOF");
	TOKENS("`echo \\`x\\``", "[`echo \\`x\\``] EOF");
	TOKENS("\"`echo \"a b\"`\"", "q[\"`echo \"a b\"`\"] EOF");
	TOKENS("`a;b|c`", "[`a;b|c`] EOF");
	/* The text inside is parsed at once (as dash does): a ')' there is
	 * text only when quoted. */
	TOKENS("`echo ')'`", "[`echo ')'`] EOF");
}

static void test_line_numbers(void **state)
{
	struct shell *sh = *state;
	struct lex_run r;
	run_start(&r, sh, "a\nb 'x\ny' c\n\nd");
	struct token t = lex_next(&r.lx);
	assert_int_equal(t.kind, TOKEN_WORD);
	assert_int_equal(t.lineno, 1);
	t = lex_next(&r.lx);
	assert_int_equal(t.kind, TOKEN_NEWLINE);
	assert_int_equal(t.lineno, 1);
	t = lex_next(&r.lx);
	assert_string_equal(t.text, "b");
	assert_int_equal(t.lineno, 2);
	t = lex_next(&r.lx);
	assert_int_equal(t.lineno, 2);
	t = lex_next(&r.lx);
	assert_string_equal(t.text, "c");
	assert_int_equal(t.lineno, 3);
	t = lex_next(&r.lx);
	assert_int_equal(t.kind, TOKEN_NEWLINE);
	assert_int_equal(t.lineno, 3);
	t = lex_next(&r.lx);
	assert_int_equal(t.kind, TOKEN_NEWLINE);
	assert_int_equal(t.lineno, 4);
	t = lex_next(&r.lx);
	assert_string_equal(t.text, "d");
	assert_int_equal(t.lineno, 5);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_EOF);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_EOF);
	run_end(&r);
}

/* --- Here-documents (XCU 2.7.4) ---
 * The parser queues a here-document after its delimiter word; this does
 * the same by hand. */

static struct ast_redir *queue_heredoc(struct lex_run *r, struct token delim,
				       bool strip_tabs)
{
	assert_int_equal(delim.kind, TOKEN_WORD);
	struct ast_redir *redir = arena_alloc(&r->chunk->arena, sizeof *redir);
	memset(redir, 0, sizeof *redir);
	redir->op = REDIR_HEREDOC;
	redir->word = lex_unquote_delimiter(&r->lx, delim.text,
					    &redir->heredoc_quoted);
	redir->heredoc = "";
	lex_queue_heredoc(&r->lx, redir, strip_tabs);
	return redir;
}

/* Lexes "cmd <<DELIM" (or <<-) and queues the body. */
static struct ast_redir *lex_heredoc_head(struct lex_run *r,
					  enum token_kind op)
{
	struct token t = lex_next(&r->lx);
	if (t.kind == TOKEN_WORD)
		t = lex_next(&r->lx);
	assert_int_equal(t.kind, op);
	return queue_heredoc(r, lex_next(&r->lx), op == TOKEN_DLESSDASH);
}

static void test_heredoc_simple(void **state)
{
	struct lex_run r;
	run_start(&r, *state, "cat <<EOF\nhello $x\n  EOF\nEOF\nnext\n");
	struct ast_redir *h = lex_heredoc_head(&r, TOKEN_DLESS);
	assert_string_equal(h->word, "EOF");
	assert_false(h->heredoc_quoted);
	struct token t = lex_next(&r.lx);
	assert_int_equal(t.kind, TOKEN_NEWLINE);
	assert_int_equal(t.lineno, 1);
	assert_string_equal(h->heredoc, "hello $x\n  EOF\n");
	t = lex_next(&r.lx);
	assert_int_equal(t.kind, TOKEN_WORD);
	assert_string_equal(t.text, "next");
	assert_int_equal(t.lineno, 5);
	run_end(&r);
}

static void test_heredoc_strip_tabs(void **state)
{
	struct lex_run r;
	run_start(&r, *state, "cat <<-END\n\t\tone\n \ttwo\n\t\n\tEND\nx");
	struct ast_redir *h = lex_heredoc_head(&r, TOKEN_DLESSDASH);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
	assert_string_equal(h->heredoc, "one\n \ttwo\n\n");
	struct token t = lex_next(&r.lx);
	assert_string_equal(t.text, "x");
	run_end(&r);
}

static void test_heredoc_quoted_delimiter(void **state)
{
	static const char *const delims[] = {
		"'EOF'", "\"EOF\"", "\\EOF", "E\\OF", "E'O'F", "EO\"\"F",
	};
	for (size_t i = 0; i < sizeof delims / sizeof *delims; i++) {
		char text[128];
		snprintf(text, sizeof text, "cat <<%s\n$x `y` \\z\nEOF\n",
			 delims[i]);
		struct lex_run r;
		run_start(&r, *state, text);
		struct ast_redir *h = lex_heredoc_head(&r, TOKEN_DLESS);
		if (strcmp(h->word, "EOF") != 0 || !h->heredoc_quoted)
			fail_msg("delimiter %s: got '%s' quoted=%d", delims[i],
				 h->word, h->heredoc_quoted);
		assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
		assert_string_equal(h->heredoc, "$x `y` \\z\n");
		assert_int_equal(lex_next(&r.lx).kind, TOKEN_EOF);
		run_end(&r);
	}
}

/* Two here-documents on one line: the bodies follow in order. */
static void test_heredoc_two_on_a_line(void **state)
{
	struct lex_run r;
	run_start(&r, *state,
		  "cat <<A; cat <<-'B' x\na1\nA\n\tb1\n\tB\necho\n");
	struct ast_redir *a = lex_heredoc_head(&r, TOKEN_DLESS);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_SEMI);
	struct ast_redir *b = lex_heredoc_head(&r, TOKEN_DLESSDASH);
	assert_true(b->heredoc_quoted);
	struct token t = lex_next(&r.lx);
	assert_string_equal(t.text, "x");
	/* The bodies are read when the newline token is. */
	assert_string_equal(a->heredoc, "");
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
	assert_string_equal(a->heredoc, "a1\n");
	assert_string_equal(b->heredoc, "b1\n");
	t = lex_next(&r.lx);
	assert_string_equal(t.text, "echo");
	assert_int_equal(t.lineno, 6);
	run_end(&r);
}

static void test_heredoc_edge_cases(void **state)
{
	struct lex_run r;

	/* An empty body. */
	run_start(&r, *state, "cat <<E\nE\n");
	struct ast_redir *h = lex_heredoc_head(&r, TOKEN_DLESS);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
	assert_string_equal(h->heredoc, "");
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_EOF);
	run_end(&r);

	/* End of file ends the body (as in dash). */
	run_start(&r, *state, "cat <<E\nline1\nline2");
	h = lex_heredoc_head(&r, TOKEN_DLESS);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
	assert_string_equal(h->heredoc, "line1\nline2\n");
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_EOF);
	run_end(&r);

	/* A delimiter line with trailing text does not end the body, and
	 * operators or quotes in the body are not tokens. */
	run_start(&r, *state, "cat <<E\nE x\n'; ) \"\nE\n)");
	h = lex_heredoc_head(&r, TOKEN_DLESS);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
	assert_string_equal(h->heredoc, "E x\n'; ) \"\n");
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_RPAREN);
	run_end(&r);

	/* A comment after the operator line does not hide the body. */
	run_start(&r, *state, "cat <<E # c\nb\nE\n");
	h = lex_heredoc_head(&r, TOKEN_DLESS);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_NEWLINE);
	assert_string_equal(h->heredoc, "b\n");
	run_end(&r);
}

/* XCU 2.3: an unterminated quote or substitution is a syntax error. */
static void test_unterminated(void **state)
{
	LEX_ERROR("echo 'abc", "unterminated");
	LEX_ERROR("echo \"abc", "unterminated");
	LEX_ERROR("echo \"a'b", "unterminated");
	LEX_ERROR("echo `abc", "unterminated");
	LEX_ERROR("echo ${abc", "unterminated");
	LEX_ERROR("echo $((1+2)", "unterminated");
	LEX_ERROR("echo \"$(echo\"", "");
	LEX_ERROR("echo $(echo a", "");
	LEX_ERROR("echo $(echo 'a)", "unterminated");
	LEX_ERROR("a\n'b", "line 2");
}

/* After an error the lexer keeps returning the error token. */
static void test_error_is_sticky(void **state)
{
	struct lex_run r;
	struct capture c;
	char err[256];
	run_start(&r, *state, "a 'b\nc");
	capture_start(&c);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_WORD);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_ERROR);
	assert_int_equal(lex_next(&r.lx).kind, TOKEN_ERROR);
	capture_end(&c, err, sizeof err);
	assert_true(r.lx.error);
	assert_non_null(strstr(err, "unterminated quoted string"));
	run_end(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_control_operators),
		cmocka_unit_test(test_redirection_operators),
		cmocka_unit_test(test_io_number),
		cmocka_unit_test(test_quoting_kept),
		cmocka_unit_test(test_line_continuation),
		cmocka_unit_test(test_line_continuation_unquoted),
		cmocka_unit_test(test_line_continuation_in_operators),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_command_substitution),
		cmocka_unit_test(test_parameter_braces),
		cmocka_unit_test(test_backquotes),
		cmocka_unit_test(test_line_numbers),
		cmocka_unit_test(test_heredoc_simple),
		cmocka_unit_test(test_heredoc_strip_tabs),
		cmocka_unit_test(test_heredoc_quoted_delimiter),
		cmocka_unit_test(test_heredoc_two_on_a_line),
		cmocka_unit_test(test_heredoc_edge_cases),
		cmocka_unit_test(test_unterminated),
		cmocka_unit_test(test_error_is_sticky),
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}
