/* libFuzzer target for the lexer and parser (src/lex.c, src/parse.c): the
 * input bytes are a script, parsed command by command with parse_next
 * until end of input or the first syntax error, as a non-interactive
 * shell reads a file. Nothing is executed. Each command's chunk is walked
 * (every node, word and here-document body is read, so ASan sees any
 * dangling pointer) and the shape rules of ast.h are checked, then the
 * chunk is freed. A few aliases are defined so that alias substitution
 * (XCU 2.3.1) is fuzzed too. Built by tests/fuzz/run with
 * clang -fsanitize=fuzzer; not part of make check. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "ast.h"
#include "input.h"
#include "parse.h"
#include "shell.h"

/* Aliases: a blank at the end (the next word is checked too), one that
 * opens a compound command, one that names itself, one pair that names
 * each other, and one with a here-document. */
static const char *const fuzz_aliases[][2] = {
	{"a", "echo "},
	{"b", "if true; then"},
	{"c", "c x "},
	{"d", "e; "},
	{"e", "d"},
	{"h", "cat <<E\n"},
	{"p", "( "},
};

static size_t fuzz_walk(const struct ast_node *n);

static size_t fuzz_strlen(const char *s)
{
	if (!s)
		abort();
	return strlen(s);
}

static size_t fuzz_word(const struct word *w);

/* Reads every part of a word tree, the commands of substitutions too. */
static size_t fuzz_part(const struct word_part *p)
{
	switch (p->kind) {
	case WORD_LITERAL:
		if (!p->u.text)
			abort();
		return p->len ? (unsigned char)p->u.text[p->len - 1] : 0;
	case WORD_VAR:
		if (!p->u.text || strlen(p->u.text) != p->len)
			abort();
		return p->len;
	case WORD_DQUOTE:
	case WORD_ARITH:
		return fuzz_word(p->u.inner);
	case WORD_PARAM: {
		const struct word_param *q = p->u.param;
		size_t sum = fuzz_strlen(q->name);
		if (q->operand)
			sum += fuzz_word(q->operand);
		if (q->operand2)
			sum += fuzz_word(q->operand2);
		return sum;
	}
	case WORD_CMDSUB:
		return p->u.cmdsub ? fuzz_walk(p->u.cmdsub) : 0;
	}
	abort();
}

static size_t fuzz_word(const struct word *w)
{
	if (!w)
		abort();
	size_t sum = fuzz_strlen(w->text);
	for (unsigned i = 0; i < w->nparts; i++)
		sum += fuzz_part(&w->parts[i]);
	return sum;
}

static size_t fuzz_words(struct word *const *w, int n)
{
	size_t sum = 0;
	if (n < 0 || (n > 0 && !w))
		abort();
	for (int i = 0; i < n; i++)
		sum += fuzz_word(w[i]);
	return sum;
}

static size_t fuzz_redirs(const struct ast_redir *r)
{
	size_t sum = 0;
	for (; r; r = r->next) {
		if (r->fd < 0 || (unsigned)r->op > REDIR_HEREDOC)
			abort();
		sum += fuzz_strlen(r->word);
		if (r->op != REDIR_HEREDOC)
			sum += fuzz_word(r->target);
		else if (r->body)
			sum += fuzz_word(r->body);
		if (r->op == REDIR_HEREDOC)
			sum += fuzz_strlen(r->heredoc);
	}
	return sum;
}

static size_t fuzz_case(const struct ast_case *c)
{
	size_t sum = fuzz_word(c->word);
	if (c->nitems < 0 || (c->nitems > 0 && !c->items))
		abort();
	for (int i = 0; i < c->nitems; i++) {
		const struct ast_case_item *it = &c->items[i];
		if (it->npatterns < 1)
			abort();
		sum += fuzz_words(it->patterns, it->npatterns);
		if (it->body)
			sum += fuzz_walk(it->body);
	}
	return sum;
}

/* Reads the whole tree; aborts where it breaks the rules of ast.h. */
static size_t fuzz_walk(const struct ast_node *n)
{
	if (!n)
		abort();
	size_t sum = fuzz_redirs(n->redirs) + (size_t)n->lineno;
	switch (n->kind) {
	case AST_SIMPLE:
		if (n->u.simple.nassigns + n->u.simple.nwords == 0 && !n->redirs)
			abort();
		for (int i = 0; i < n->u.simple.nassigns; i++)
			sum += fuzz_strlen(n->u.simple.assigns[i].text) +
			       fuzz_word(n->u.simple.assigns[i].value);
		return sum + fuzz_words(n->u.simple.words, n->u.simple.nwords);
	case AST_PIPELINE:
		if (n->u.pipeline.ncmds < 1)
			abort();
		for (int i = 0; i < n->u.pipeline.ncmds; i++)
			sum += fuzz_walk(n->u.pipeline.cmds[i]);
		return sum;
	case AST_AND:
	case AST_OR:
		sum += fuzz_walk(n->u.binary.left);
		return sum + fuzz_walk(n->u.binary.right);
	case AST_LIST:
		if (n->u.list.nitems < 1)
			abort();
		for (int i = 0; i < n->u.list.nitems; i++)
			sum += fuzz_walk(n->u.list.items[i].node);
		return sum;
	case AST_SUBSHELL:
	case AST_BRACE:
		return sum + fuzz_walk(n->u.body);
	case AST_IF:
		sum += fuzz_walk(n->u.if_.cond);
		sum += fuzz_walk(n->u.if_.then_part);
		if (n->u.if_.else_part)
			sum += fuzz_walk(n->u.if_.else_part);
		return sum;
	case AST_WHILE:
	case AST_UNTIL:
		sum += fuzz_walk(n->u.loop.cond);
		return sum + fuzz_walk(n->u.loop.body);
	case AST_FOR:
		sum += fuzz_strlen(n->u.for_.name);
		if (n->u.for_.words)
			sum += fuzz_words(n->u.for_.words, n->u.for_.nwords);
		return sum + fuzz_walk(n->u.for_.body);
	case AST_CASE:
		return sum + fuzz_case(&n->u.case_);
	case AST_FUNCDEF:
		sum += fuzz_strlen(n->u.funcdef.name);
		/* XCU 2.9.5: the body is a compound command. */
		if (n->u.funcdef.body->kind == AST_SIMPLE ||
		    n->u.funcdef.body->kind == AST_FUNCDEF)
			abort();
		return sum + fuzz_walk(n->u.funcdef.body);
	}
	abort();
}

static struct shell *fuzz_shell(void)
{
	static struct shell sh;
	static int ready;
	static char *env[] = {"PATH=/usr/bin:/bin", NULL};
	if (!ready) {
		shell_init(&sh, env, "cosh");
		for (size_t i = 0; i < sizeof fuzz_aliases / sizeof *fuzz_aliases;
		     i++)
			alias_set(&sh, fuzz_aliases[i][0], fuzz_aliases[i][1]);
		ready = 1;
	}
	return &sh;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct shell *sh = fuzz_shell();
	/* The input is a C string: a NUL byte ends the script early. */
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	struct input in;
	struct parser p;
	input_init_string(&in, text, "fuzz");
	parse_init(&p, sh, &in);
	volatile size_t sink = 0;
	for (;;) {
		struct ast_chunk *chunk = ast_chunk_new();
		struct ast_node *node = NULL;
		enum parse_status st = parse_next(&p, chunk, &node);
		if (node)
			sink += fuzz_walk(node);
		ast_chunk_unref(chunk);
		if (st != PARSE_OK)
			break;
	}
	lex_free(p.lx);
	(void)sink;
	free(text);
	return 0;
}
