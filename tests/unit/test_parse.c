/* Unit tests for the parser (src/parse.c, XCU 2.9 and 2.10): the shape of
 * the AST for every kind of command, reserved words, here-documents and
 * syntax errors. The AST is rendered as a compact string:
 *   [a=1 : echo x 1>f]        simple command (assignments before ':')
 *   (| A B) (!| A)            pipeline, negated pipeline
 *   (&& A B) (|| A B)         and/or lists
 *   (list A B& C)             list; '&' marks an asynchronous item
 *   (sub A) (brace A)         subshell, brace group
 *   (if C T [E]) (while C B) (until C B)
 *   (for x in a b : B)        for; (for x : B) without `in`
 *   (case w (p|q B ;;) (r - ;&))   case items; '-' for an empty body
 *   (func f B)                function definition
 * Redirections follow the command inside its brackets as FDopWORD, a
 * here-document as FD<<DELIM{body} (the delimiter in '' when quoted). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alias.h"
#include "ast.h"
#include "input.h"
#include "parse.h"
#include "capture.h"
#include "shell.h"
#include "strbuf.h"

static char *test_env[] = {"HOME=/home/test", NULL};

/* One shell for the whole group (there is no shell_free). */
static struct shell test_shell;

static int group_setup(void **state)
{
	shell_init(&test_shell, test_env, "cosh");
	*state = &test_shell;
	return 0;
}


/* --- Rendering --- */

static void render_node(struct strbuf *sb, const struct ast_node *n);

static const char *redir_op_text(enum redir_op op)
{
	switch (op) {
	case REDIR_IN: return "<";
	case REDIR_OUT: return ">";
	case REDIR_CLOBBER: return ">|";
	case REDIR_APPEND: return ">>";
	case REDIR_DUP_IN: return "<&";
	case REDIR_DUP_OUT: return ">&";
	case REDIR_RDWR: return "<>";
	case REDIR_HEREDOC: return "<<";
	}
	return "?";
}

static void render_redirs(struct strbuf *sb, const struct ast_redir *r)
{
	for (; r; r = r->next) {
		strbuf_addf(sb, " %d%s", r->fd, redir_op_text(r->op));
		if (r->op != REDIR_HEREDOC) {
			strbuf_adds(sb, r->word);
			continue;
		}
		const char *q = r->heredoc_quoted ? "'" : "";
		strbuf_addf(sb, "%s%s%s{%s}", q, r->word, q,
			    r->heredoc ? r->heredoc : "(null)");
	}
}

static void render_simple(struct strbuf *sb, const struct ast_node *n)
{
	const struct ast_simple *s = &n->u.simple;
	strbuf_addc(sb, '[');
	for (int i = 0; i < s->nassigns; i++)
		strbuf_addf(sb, "%s%s", i ? " " : "", s->assigns[i].text);
	if (s->nassigns)
		strbuf_adds(sb, " :");
	for (int i = 0; i < s->nwords; i++)
		strbuf_addf(sb, "%s%s", i || s->nassigns ? " " : "",
			    s->words[i]->text);
	render_redirs(sb, n->redirs);
	strbuf_addc(sb, ']');
}

static void render_words(struct strbuf *sb, struct word **words, int n)
{
	for (int i = 0; i < n; i++)
		strbuf_addf(sb, " %s", words[i]->text);
}

static void render_case(struct strbuf *sb, const struct ast_case *c)
{
	strbuf_addf(sb, "case %s", c->word->text);
	for (int i = 0; i < c->nitems; i++) {
		const struct ast_case_item *it = &c->items[i];
		strbuf_adds(sb, " (");
		for (int j = 0; j < it->npatterns; j++)
			strbuf_addf(sb, "%s%s", j ? "|" : "", it->patterns[j]->text);
		strbuf_addc(sb, ' ');
		if (it->body)
			render_node(sb, it->body);
		else
			strbuf_addc(sb, '-');
		strbuf_adds(sb, it->fallthrough ? " ;&)" : " ;;)");
	}
}

static void render_compound(struct strbuf *sb, const struct ast_node *n)
{
	switch (n->kind) {
	case AST_SUBSHELL:
	case AST_BRACE:
		strbuf_adds(sb, n->kind == AST_SUBSHELL ? "sub " : "brace ");
		render_node(sb, n->u.body);
		break;
	case AST_IF:
		strbuf_adds(sb, "if ");
		render_node(sb, n->u.if_.cond);
		strbuf_addc(sb, ' ');
		render_node(sb, n->u.if_.then_part);
		if (n->u.if_.else_part) {
			strbuf_addc(sb, ' ');
			render_node(sb, n->u.if_.else_part);
		}
		break;
	case AST_WHILE:
	case AST_UNTIL:
		strbuf_adds(sb, n->kind == AST_WHILE ? "while " : "until ");
		render_node(sb, n->u.loop.cond);
		strbuf_addc(sb, ' ');
		render_node(sb, n->u.loop.body);
		break;
	case AST_FOR:
		strbuf_addf(sb, "for %s", n->u.for_.name);
		if (n->u.for_.words) {
			strbuf_adds(sb, " in");
			render_words(sb, n->u.for_.words, n->u.for_.nwords);
		}
		strbuf_adds(sb, " : ");
		render_node(sb, n->u.for_.body);
		break;
	case AST_CASE:
		render_case(sb, &n->u.case_);
		break;
	case AST_FUNCDEF:
		strbuf_addf(sb, "func %s ", n->u.funcdef.name);
		render_node(sb, n->u.funcdef.body);
		break;
	default:
		strbuf_adds(sb, "?");
		break;
	}
	render_redirs(sb, n->redirs);
}

static void render_node(struct strbuf *sb, const struct ast_node *n)
{
	if (!n) {
		strbuf_adds(sb, "NULL");
		return;
	}
	switch (n->kind) {
	case AST_SIMPLE:
		render_simple(sb, n);
		return;
	case AST_PIPELINE:
		strbuf_adds(sb, n->u.pipeline.bang ? "(!|" : "(|");
		for (int i = 0; i < n->u.pipeline.ncmds; i++) {
			strbuf_addc(sb, ' ');
			render_node(sb, n->u.pipeline.cmds[i]);
		}
		strbuf_addc(sb, ')');
		return;
	case AST_AND:
	case AST_OR:
		strbuf_adds(sb, n->kind == AST_AND ? "(&& " : "(|| ");
		render_node(sb, n->u.binary.left);
		strbuf_addc(sb, ' ');
		render_node(sb, n->u.binary.right);
		strbuf_addc(sb, ')');
		return;
	case AST_LIST:
		strbuf_adds(sb, "(list");
		for (int i = 0; i < n->u.list.nitems; i++) {
			strbuf_addc(sb, ' ');
			render_node(sb, n->u.list.items[i].node);
			if (n->u.list.items[i].async)
				strbuf_addc(sb, '&');
		}
		strbuf_addc(sb, ')');
		return;
	default:
		strbuf_addc(sb, '(');
		render_compound(sb, n);
		strbuf_addc(sb, ')');
		return;
	}
}

/* Parses the whole of text with parse_next: the rendered commands are
 * separated by " / " (an empty line is "-"), then "EOF" or "ERROR" (the
 * first error stops). Diagnostics go to err. */
static void parse_render(struct shell *sh, const char *text, char *got,
			 size_t gotn, char *err, size_t n)
{
	struct strbuf sb = { 0 }, *out = &sb;
	struct input in;
	struct parser p;
	struct capture c;
	struct ast_chunk *chunk = ast_chunk_new();
	input_init_string(&in, text, NULL);
	parse_init(&p, sh, &in);
	capture_start(&c);
	for (int i = 0; i < 100; i++) {
		struct ast_node *node = (struct ast_node *)1;
		enum parse_status st = parse_next(&p, chunk, &node);
		if (out->len)
			strbuf_adds(out, " / ");
		if (st == PARSE_EOF) {
			strbuf_adds(out, "EOF");
			break;
		}
		if (st == PARSE_ERROR) {
			strbuf_adds(out, "ERROR");
			break;
		}
		if (node)
			render_node(out, node);
		else
			strbuf_addc(out, '-');
	}
	capture_end(&c, err, n);
	lex_free(p.lx);
	ast_chunk_unref(chunk);
	snprintf(got, gotn, "%s", strbuf_str(out));
	strbuf_release(out);
}

static void check_parse(struct shell *sh, const char *text, const char *want,
			int line)
{
	char got[8192];
	char err[512];
	parse_render(sh, text, got, sizeof got, err, sizeof err);
	if (strcmp(got, want) != 0)
		fail_msg("line %d: parsing '%s'\n got: %s\nwant: %s", line, text,
			 got, want);
	if (err[0])
		fail_msg("line %d: parsing '%s' printed: %s", line, text, err);
}

/* The first command of text parses to want, then end of input. */
#define PARSE(text, want) \
	check_parse(*state, text, want " / EOF", __LINE__)
/* Several commands: want lists them all. */
#define PARSE_ALL(text, want) check_parse(*state, text, want, __LINE__)

/* text gives PARSE_ERROR (after the commands in before, if any) and one
 * syntax error message that contains msg. */
static void check_syntax_error(struct shell *sh, const char *text,
			       const char *msg, int line)
{
	char got[8192];
	char err[512];
	parse_render(sh, text, got, sizeof got, err, sizeof err);
	const char *s = got;
	size_t len = strlen(s);
	if (len < 5 || strcmp(s + len - 5, "ERROR") != 0)
		fail_msg("line %d: '%s' parsed without error: %s", line, text,
			 s);
	if (!strstr(err, "syntax error") || !strstr(err, msg))
		fail_msg("line %d: '%s' printed '%s', want '%s'", line, text,
			 err, msg);
	if (strchr(err, '\n') != err + strlen(err) - 1)
		fail_msg("line %d: '%s': want one diagnostic line, got '%s'",
			 line, text, err);
}

#define SYNTAX_ERROR(text, msg) \
	check_syntax_error(*state, text, msg, __LINE__)

/* --- Simple commands (XCU 2.9.1) --- */

static void test_simple_commands(void **state)
{
	PARSE("echo a b", "[echo a b]");
	PARSE("echo a b\n", "[echo a b]");
	PARSE("x=1 y=2 cmd a=b", "[x=1 y=2 : cmd a=b]");
	PARSE("x=1", "[x=1 :]");
	PARSE("x= y=\"a b\"", "[x= y=\"a b\" :]");
	PARSE("1x=2 cmd", "[1x=2 cmd]");
	PARSE("\"x\"=1 cmd", "[\"x\"=1 cmd]");
	PARSE("=x", "[=x]");
	PARSE("x=1 >f cmd <g arg", "[x=1 : cmd arg 1>f 0<g]");
	PARSE(">f", "[ 1>f]");
	PARSE("<f >>g >|h <>i <&3 >&- 2>&1",
	      "[ 0<f 1>>g 1>|h 0<>i 0<&3 1>&- 2>&1]");
	PARSE("cmd 2>err 10>ten 3<in", "[cmd 2>err 10>ten 3<in]");
	PARSE("cmd 2 >x", "[cmd 2 1>x]");
	PARSE("cmd a2>x", "[cmd a2 1>x]");
	PARSE("echo 'a b' \"$c\" $(d e)", "[echo 'a b' \"$c\" $(d e)]");
	PARSE("echo a # comment", "[echo a]");
}

static void test_line_numbers(void **state)
{
	struct shell *sh = *state;
	struct input in;
	struct parser p;
	struct ast_node *node;
	struct ast_chunk *chunk = ast_chunk_new();
	input_init_string(&in, "\n\necho a\nif x\nthen\n y\nfi", NULL);
	parse_init(&p, sh, &in);
	assert_int_equal(parse_next(&p, chunk, &node), PARSE_OK);
	assert_null(node);
	assert_int_equal(parse_next(&p, chunk, &node), PARSE_OK);
	assert_null(node);
	assert_int_equal(parse_next(&p, chunk, &node), PARSE_OK);
	assert_int_equal(node->kind, AST_SIMPLE);
	assert_int_equal(node->lineno, 3);
	assert_int_equal(parse_next(&p, chunk, &node), PARSE_OK);
	assert_int_equal(node->kind, AST_IF);
	assert_int_equal(node->lineno, 4);
	assert_int_equal(node->u.if_.then_part->lineno, 6);
	assert_int_equal(parse_next(&p, chunk, &node), PARSE_EOF);
	lex_free(p.lx);
	ast_chunk_unref(chunk);
}

/* --- Pipelines, and/or lists, lists (XCU 2.9.2, 2.9.3) --- */

static void test_pipelines(void **state)
{
	PARSE("a | b | c", "(| [a] [b] [c])");
	PARSE("! a", "(!| [a])");
	PARSE("! a | b", "(!| [a] [b])");
	PARSE("a |\n\n b", "(| [a] [b])");
	PARSE("a 2>&1 | b >f", "(| [a 2>&1] [b 1>f])");
	PARSE("a | { b; } | (c)", "(| [a] (brace [b]) (sub [c]))");
	PARSE("! if a; then b; fi", "(!| (if [a] [b]))");
	PARSE("a | while b; do c; done", "(| [a] (while [b] [c]))");
	PARSE("echo !", "[echo !]");
	PARSE("\"!\" a", "[\"!\" a]");
}

static void test_and_or(void **state)
{
	PARSE("a && b", "(&& [a] [b])");
	PARSE("a || b", "(|| [a] [b])");
	PARSE("a && b || c && d", "(&& (|| (&& [a] [b]) [c]) [d])");
	PARSE("a &&\n\nb", "(&& [a] [b])");
	PARSE("! a | b && c", "(&& (!| [a] [b]) [c])");
}

static void test_lists(void **state)
{
	PARSE("a; b", "(list [a] [b])");
	PARSE("a;", "[a]");
	PARSE("a &", "(list [a]&)");
	PARSE("a & b; c &", "(list [a]& [b] [c]&)");
	PARSE("a && b & c || d", "(list (&& [a] [b])& (|| [c] [d]))");
	PARSE_ALL("a\nb; c\n\nd &\n",
		  "[a] / (list [b] [c]) / - / (list [d]&) / EOF");
	PARSE_ALL("\n", "- / EOF");
	PARSE_ALL("", "EOF");
	PARSE_ALL("# only a comment\n", "- / EOF");
}

/* --- Compound commands (XCU 2.9.4) --- */

static void test_groups(void **state)
{
	PARSE("{ a; b & }", "(brace (list [a] [b]&))");
	PARSE("{ a; }", "(brace [a])");
	PARSE("{\na\nb\n}", "(brace (list [a] [b]))");
	PARSE("(a; b)", "(sub (list [a] [b]))");
	PARSE("(a)", "(sub [a])");
	PARSE("( (a) )", "(sub (sub [a]))");
	PARSE("(\na\n)", "(sub [a])");
	PARSE("{ a; } >f 2>&1", "(brace [a] 1>f 2>&1)");
	PARSE("(a) <in", "(sub [a] 0<in)");
	PARSE("{ { a; }; }", "(brace (brace [a]))");
}

static void test_if(void **state)
{
	PARSE("if a; then b; fi", "(if [a] [b])");
	PARSE("if a; then b; else c; fi", "(if [a] [b] [c])");
	PARSE("if a; then b; elif c; then d; else e; fi",
	      "(if [a] [b] (if [c] [d] [e]))");
	PARSE("if a; then b; elif c; then d; elif e; then f; fi",
	      "(if [a] [b] (if [c] [d] (if [e] [f])))");
	PARSE("if a\nthen\nb\nc\nfi", "(if [a] (list [b] [c]))");
	PARSE("if a; b; then c; fi", "(if (list [a] [b]) [c])");
	PARSE("if if a; then b; fi; then c; fi",
	      "(if (if [a] [b]) [c])");
	PARSE("if a; then b; fi >out", "(if [a] [b] 1>out)");
	PARSE("if a; then echo then fi else; fi", "(if [a] [echo then fi else])");
}

static void test_loops(void **state)
{
	PARSE("while a; do b; done", "(while [a] [b])");
	PARSE("until a; do b; done", "(until [a] [b])");
	PARSE("while a\ndo\nb\ndone", "(while [a] [b])");
	PARSE("while a; b; do c; d; done",
	      "(while (list [a] [b]) (list [c] [d]))");
	PARSE("while a; do b; done <in", "(while [a] [b] 0<in)");
	PARSE("while a; do while b; do c; done; done",
	      "(while [a] (while [b] [c]))");
}

static void test_for(void **state)
{
	PARSE("for x in a b; do echo $x; done", "(for x in a b : [echo $x])");
	PARSE("for x in a b\ndo\necho\ndone", "(for x in a b : [echo])");
	PARSE("for x; do :; done", "(for x : [:])");
	PARSE("for x do :; done", "(for x : [:])");
	PARSE("for x\ndo :; done", "(for x : [:])");
	PARSE("for x in; do :; done", "(for x in : [:])");
	PARSE("for x\nin a\ndo :; done", "(for x in a : [:])");
	PARSE("for x in do done for in; do :; done",
	      "(for x in do done for in : [:])");
	PARSE("for x in a; do :; done >f", "(for x in a : [:] 1>f)");
	PARSE("for for in in; do :; done", "(for for in in : [:])");
}

static void test_case(void **state)
{
	PARSE("case $x in a|b) echo ab;; (c) echo c;& *) ;; esac",
	      "(case $x (a|b [echo ab] ;;) (c [echo c] ;&) (* - ;;))");
	PARSE("case x in esac", "(case x)");
	PARSE("case x in\nesac", "(case x)");
	PARSE("case x\nin\na)\n;;\nesac", "(case x (a - ;;))");
	PARSE("case x in a) echo a\nesac", "(case x (a [echo a] ;;))");
	PARSE("case x in a) b;; esac", "(case x (a [b] ;;))");
	PARSE("case x in a) b; c;; esac", "(case x (a (list [b] [c]) ;;))");
	PARSE("case x in (a) ;& (b) ;; esac",
	      "(case x (a - ;&) (b - ;;))");
	PARSE("case x in a)\n\nb\n\n;;\n\nc) d\nesac",
	      "(case x (a [b] ;;) (c [d] ;;))");
	PARSE("case x in \"a|b\"|'c)') d;; esac",
	      "(case x (\"a|b\"|'c)' [d] ;;))");
	PARSE("case x in in) a;; esac", "(case x (in [a] ;;))");
	PARSE("case x in if|then) a;; esac", "(case x (if|then [a] ;;))");
	PARSE("case x in a) case y in b) c;; esac;; esac",
	      "(case x (a (case y (b [c] ;;)) ;;))");
	PARSE("case x in a) b;; esac >f", "(case x (a [b] ;;) 1>f)");
}

/* XCU 2.9.5: the body is a compound command; its redirections belong to
 * the body and apply each time the function runs. */
static void test_function_definitions(void **state)
{
	PARSE("f() { echo; }", "(func f (brace [echo]))");
	PARSE("f () { echo; }", "(func f (brace [echo]))");
	PARSE("f()\n\n{ echo; }", "(func f (brace [echo]))");
	PARSE("f() (echo)", "(func f (sub [echo]))");
	PARSE("f() { echo; } >out 2>&1",
	      "(func f (brace [echo] 1>out 2>&1))");
	PARSE("f() if a; then b; fi", "(func f (if [a] [b]))");
	PARSE("f() for x; do :; done", "(func f (for x : [:]))");
	PARSE("_a1() { :; }; _a1", "(list (func _a1 (brace [:])) [_a1])");
	PARSE("f() { g() { :; }; }", "(func f (brace (func g (brace [:]))))");
}

/* XCU 2.4: reserved words are recognised only where the grammar allows
 * them, chiefly as the first word of a command. */
static void test_reserved_words_in_context(void **state)
{
	PARSE("echo if then", "[echo if then]");
	PARSE("echo { } fi done esac", "[echo { } fi done esac]");
	PARSE("\"if\" a", "[\"if\" a]");
	PARSE("\\if a", "[\\if a]");
	PARSE("{a", "[{a]");
	PARSE("{ echo }; }", "(brace [echo }])");
	PARSE("x=1 if", "[x=1 : if]");
	PARSE(">f if", "[if 1>f]");
	PARSE("echo a; if b; then c; fi",
	      "(list [echo a] (if [b] [c]))");
	PARSE("a && while b; do c; done",
	      "(&& [a] (while [b] [c]))");
	PARSE("echo for while", "[echo for while]");
}

/* --- Here-documents attached to their redirections (XCU 2.7.4) --- */

static void test_heredocs(void **state)
{
	PARSE("cat <<E\nhello\nE\n", "[cat 0<<E{hello\n}]");
	PARSE("cat <<'E'\n$x\nE\n", "[cat 0<<'E'{$x\n}]");
	PARSE("cat <<-E\n\tx\n\tE\n", "[cat 0<<E{x\n}]");
	PARSE("cat 3<<E\nx\nE\n", "[cat 3<<E{x\n}]");
	PARSE("cat <<A 3<<-\"B\"\na\nA\n\tb\n\tB\n",
	      "[cat 0<<A{a\n} 3<<'B'{b\n}]");
	PARSE("cat <<A | cat <<B\na\nA\nb\nB\n",
	      "(| [cat 0<<A{a\n}] [cat 0<<B{b\n}])");
	PARSE("cat <<A; cat <<B\na\nA\nb\nB\n",
	      "(list [cat 0<<A{a\n}] [cat 0<<B{b\n}])");
	PARSE("if a; then cat <<E; fi\nbody\nE\n",
	      "(if [a] [cat 0<<E{body\n}])");
	PARSE("{ cat <<E\nbody\nE\n}", "(brace [cat 0<<E{body\n}])");
	PARSE("f() { cat; } <<E\nbody\nE\n",
	      "(func f (brace [cat] 0<<E{body\n}))");
	PARSE("cat <<E &&\nbody\nE\necho", "(&& [cat 0<<E{body\n}] [echo])");
	PARSE("cat <<E\nE", "[cat 0<<E{}]");
	PARSE_ALL("cat <<E\na\nE\ncat <<F\nb\nF\n",
		  "[cat 0<<E{a\n}] / [cat 0<<F{b\n}] / EOF");
}

/* A here-document inside $(...) belongs to the command substitution. */
static void test_heredoc_in_command_substitution(void **state)
{
	PARSE("echo $(cat <<E\nx)\nE\n) y",
	      "[echo $(cat <<E\nx)\nE\n) y]");
}

/* XCU 2.3.1: alias substitution of the command word; a value ending in a
 * blank makes the next word a candidate too. */
static void test_aliases(void **state)
{
	struct shell *sh = *state;
	alias_set(sh, "ll", "echo long ");
	alias_set(sh, "two", "a; b");
	alias_set(sh, "loop", "loop x");
	PARSE("ll x", "[echo long x]");
	PARSE("two c", "(list [a] [b c])");
	PARSE("loop y", "[loop x y]");
	PARSE("echo ll", "[echo ll]");
	PARSE("\\ll", "[\\ll]");
	alias_clear(sh);
}

/* XCU 2.3.1: the value "echo long " ends in a blank, so the next word,
 * which comes from the input and not from the alias value, is checked
 * too: `ll ll` is `echo long echo long` (dash, bash --posix and
 * yash -o posix all print "long echo long"). The recursion guard only
 * stops an alias from expanding a word of its own value. */
static void test_alias_blank_repeats_same_alias(void **state)
{
	struct shell *sh = *state;
	alias_set(sh, "ll", "echo long ");
	PARSE("ll ll", "[echo long echo long]");
	alias_clear(sh);
}

/* --- Syntax errors (XCU 2.10) --- */

static void test_syntax_errors(void **state)
{
	SYNTAX_ERROR("if true; fi", "fi");
	SYNTAX_ERROR(")", ")");
	SYNTAX_ERROR("for 1 in", "1");
	SYNTAX_ERROR("case x in a) ;; ", "end of file");
	SYNTAX_ERROR("if a; then b", "end of file");
	SYNTAX_ERROR("if a; then b; else c; elif d; then e; fi", "elif");
	SYNTAX_ERROR("then", "then");
	SYNTAX_ERROR("fi", "fi");
	SYNTAX_ERROR("done", "done");
	SYNTAX_ERROR("esac", "esac");
	SYNTAX_ERROR("}", "}");
	SYNTAX_ERROR("in", "in");
	SYNTAX_ERROR(";", ";");
	SYNTAX_ERROR("a; ;", ";");
	SYNTAX_ERROR("&", "&");
	SYNTAX_ERROR("a &&", "end of file");
	SYNTAX_ERROR("a && && b", "&&");
	SYNTAX_ERROR("a |", "end of file");
	SYNTAX_ERROR("| a", "|");
	SYNTAX_ERROR("!", "end of file");
	SYNTAX_ERROR("( )", ")");
	SYNTAX_ERROR("{ }", "}");
	SYNTAX_ERROR("{ a", "end of file");
	SYNTAX_ERROR("(a", "end of file");
	SYNTAX_ERROR("echo a )", ")");
	SYNTAX_ERROR("echo (", "end of file");
	SYNTAX_ERROR("echo a (", "(");
	SYNTAX_ERROR("while a; done", "done");
	SYNTAX_ERROR("while a; do b; fi", "fi");
	SYNTAX_ERROR("until a; do; done", ";");
	SYNTAX_ERROR("for x in a b do :; done", "done");
	SYNTAX_ERROR("for x y; do :; done", "y");
	SYNTAX_ERROR("for \"x\" in a; do :; done", "\"x\"");
	SYNTAX_ERROR("case x in a b) ;; esac", "b");
	SYNTAX_ERROR("case x a) ;; esac", "a");
	SYNTAX_ERROR("case x in a) b ;; c ;; esac", ";;");
	SYNTAX_ERROR("case ; in esac", ";");
	SYNTAX_ERROR("f() echo", "compound");
	SYNTAX_ERROR("f() x() { :; }", "compound");
	SYNTAX_ERROR("f(a) { :; }", "a");
	SYNTAX_ERROR("a >", "end of file");
	SYNTAX_ERROR("a > ;", ";");
	SYNTAX_ERROR("a 2>", "end of file");
	SYNTAX_ERROR("a < | b", "|");
	SYNTAX_ERROR("cat << ;", ";");
	SYNTAX_ERROR("echo 'unterminated", "unterminated");
	SYNTAX_ERROR("echo $(if)", "");
	SYNTAX_ERROR("echo ok\nfi", "line 2");
}

/* Commands before an error on a later line are returned first. */
static void test_error_after_commands(void **state)
{
	struct shell *sh = *state;
	char got[8192];
	char err[512];
	parse_render(sh, "a\nb && \\\n)\n", got, sizeof got, err, sizeof err);
	assert_string_equal(got, "[a] / ERROR");
	assert_non_null(strstr(err, "line 3"));
	assert_non_null(strstr(err, "unexpected ')'"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple_commands),
		cmocka_unit_test(test_line_numbers),
		cmocka_unit_test(test_pipelines),
		cmocka_unit_test(test_and_or),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_if),
		cmocka_unit_test(test_loops),
		cmocka_unit_test(test_for),
		cmocka_unit_test(test_case),
		cmocka_unit_test(test_function_definitions),
		cmocka_unit_test(test_reserved_words_in_context),
		cmocka_unit_test(test_heredocs),
		cmocka_unit_test(test_heredoc_in_command_substitution),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_alias_blank_repeats_same_alias),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_error_after_commands),
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}
