#include "parse.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "ast.h"
#include "error.h"
#include "input.h"
#include "shell.h"
#include "vars.h"
#include "word.h"

/* The reserved words (XCU 2.4): the static text of w when it is one, else
 * NULL; switched on the first byte, as most words are not reserved. */
const char *parse_reserved_text(const char *w)
{
#define PARSE_IS(text) (strcmp(w, text) == 0 ? text : NULL)
	switch (w[0]) {
	case '!': return w[1] ? NULL : "!";
	case '{': return w[1] ? NULL : "{";
	case '}': return w[1] ? NULL : "}";
	case 'c': return PARSE_IS("case");
	case 'd': return w[1] != 'o' ? NULL : w[2] ? PARSE_IS("done") : "do";
	case 'e':
		return !w[1] ? NULL : w[1] == 's' ? PARSE_IS("esac") : w[2] == 'i' ?
			PARSE_IS("elif") : PARSE_IS("else");
	case 'f': return w[1] == 'i' ? PARSE_IS("fi") : PARSE_IS("for");
	case 'i': return w[1] == 'f' ? PARSE_IS("if") : PARSE_IS("in");
	case 't': return PARSE_IS("then");
	case 'u': return PARSE_IS("until");
	case 'w': return PARSE_IS("while");
	default: return NULL;
	}
#undef PARSE_IS
}

bool parse_is_reserved(const char *w)
{
	return parse_reserved_text(w) != NULL;
}

void parse_init(struct parser *p, struct shell *sh, struct input *in)
{
	memset(p, 0, sizeof *p);
	lex_init(&p->own_lx, sh, in);
	p->lx = &p->own_lx;
}

static struct token *parse_peek(struct parser *p)
{
	if (!p->have_tok) {
		p->tok = lex_next(p->lx);
		p->have_tok = true;
	}
	return &p->tok;
}

static void parse_consume(struct parser *p)
{
	p->have_tok = false;
}

static struct arena *parse_arena(struct parser *p)
{
	return &p->lx->chunk->arena;
}

/* The word of token t. A reserved word comes from the lexer as text only
 * (most are never words); it gets its word when used as one. */
static struct word *parse_word(struct parser *p, struct token *t)
{
	if (!t->word) {
		t->word = arena_alloc(parse_arena(p), sizeof *t->word);
		t->word->text = t->text;
		t->word->flags = WORD_PLAIN;
		t->word->nparts = 0;
	}
	return t->word;
}

static const char *token_describe(const struct token *t)
{
	switch (t->kind) {
	case TOKEN_WORD:
	case TOKEN_IO_NUMBER: return t->text;
	case TOKEN_NEWLINE: return "newline";
	case TOKEN_EOF: return "end of file";
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
	case TOKEN_ERROR: break;
	}
	return "error";
}

/* Reports the current token as unexpected. Returns NULL for chaining. */
static void *parse_unexpected(struct parser *p)
{
	struct token *t = parse_peek(p);
	if (t->kind == TOKEN_ERROR || p->lx->error)
		return NULL;
	p->lx->error = true;
	if (p->lx->in->interrupted)
		return NULL;  /* Ctrl-C ended the read: not an error to report */
	p->lx->sh->lineno = t->lineno;
	const char *what = token_describe(t);
	if (t->kind == TOKEN_EOF || t->kind == TOKEN_NEWLINE)
		error_print(p->lx->sh, "syntax error: unexpected %s", what);
	else
		error_print(p->lx->sh, "syntax error: unexpected '%s'", what);
	return NULL;
}

static bool parse_is_word(struct parser *p, const char *word)
{
	struct token *t = parse_peek(p);
	return t->kind == TOKEN_WORD && t->reserved && t->text[0] == word[0] &&
	       strcmp(t->text, word) == 0;
}

static bool parse_expect_word(struct parser *p, const char *word)
{
	if (!parse_is_word(p, word)) {
		parse_unexpected(p);
		return false;
	}
	parse_consume(p);
	return true;
}

static void parse_linebreak(struct parser *p)
{
	while (parse_peek(p)->kind == TOKEN_NEWLINE)
		parse_consume(p);
}

/* Whether only blanks are left of alias a's value: the word just read
 * was its last. */
static bool parse_alias_rest_blank(const struct lex_alias *a)
{
	const char *rest = a->text + a->pos;
	return rest[strspn(rest, " \t")] == '\0';
}

/* XCU 2.3.1: a word in command position that names an alias is replaced
 * by the alias value, which is read again as input. After an alias value
 * ending in a blank, the next word is checked too (argument true): it is
 * no command word, so a reserved word there is an alias like any other. */
static void parse_expand_aliases_in(struct parser *p, bool argument)
{
	for (;;) {
		struct token *t = parse_peek(p);
		if (t->kind != TOKEN_WORD || t->quoted ||
		    (t->reserved && !argument) || !p->lx->sh->aliases.list)
			return;
		const char *value = alias_get(p->lx->sh, t->text);
		if (!value || lex_alias_active(p->lx, t, t->text))
			return;
		/* An alias that is the last word of a value ending in a blank
		 * passes that on: the word after its own value is checked. */
		bool inherit = t->origin && t->origin->blank_after &&
			       parse_alias_rest_blank(t->origin);
		lex_push_alias(p->lx, arena_strdup(parse_arena(p), t->text),
			       value);
		if (inherit)
			p->lx->alias->blank_after = true;
		parse_consume(p);
	}
}

static void parse_expand_aliases(struct parser *p)
{
	parse_expand_aliases_in(p, false);
}

/* The linebreak after | && ||: a command follows, and an alias there that
 * gives nothing before a newline leaves the linebreak going. */
static void parse_linebreak_command(struct parser *p)
{
	do {
		parse_linebreak(p);
		parse_expand_aliases(p);
	} while (parse_peek(p)->kind == TOKEN_NEWLINE);
}

static struct ast_node *parse_compound_list(struct parser *p);
static struct ast_node *parse_command(struct parser *p);

static bool parse_at_list_end(struct parser *p)
{
	static const char *const enders[] = {
		"then", "else", "elif", "fi", "do", "done", "esac", "}",
	};
	struct token *t = parse_peek(p);
	switch (t->kind) {
	case TOKEN_EOF: case TOKEN_RPAREN: case TOKEN_DSEMI:
	case TOKEN_SEMI_AND: case TOKEN_ERROR:
		return true;
	case TOKEN_WORD:
		if (!t->reserved)
			return false;
		for (size_t i = 0; i < sizeof enders / sizeof *enders; i++)
			if (t->text[0] == enders[i][0] &&
			    strcmp(t->text, enders[i]) == 0)
				return true;
		return false;
	default:
		return false;
	}
}

static struct ast_node *parse_pipeline(struct parser *p)
{
	int lineno = parse_peek(p)->lineno;
	bool bang = false;
	if (parse_is_word(p, "!")) {
		parse_consume(p);
		bang = true;
	}
	struct ast_node *cmds[4];
	struct ast_node **list = cmds;
	int n = 0, cap = 4;
	for (;;) {
		struct ast_node *cmd = parse_command(p);
		if (!cmd)
			return NULL;
		if (n == cap) {
			struct ast_node **bigger = arena_alloc(parse_arena(p),
				sizeof *bigger * (size_t)cap * 2);
			memcpy(bigger, list, sizeof *list * (size_t)n);
			list = bigger;
			cap *= 2;
		}
		list[n++] = cmd;
		if (parse_peek(p)->kind != TOKEN_PIPE)
			break;
		parse_consume(p);
		parse_linebreak_command(p);
	}
	if (n == 1 && !bang)
		return list[0];
	struct ast_node *node = ast_new(p->lx->chunk, AST_PIPELINE, lineno);
	node->u.pipeline.cmds = arena_alloc(parse_arena(p), sizeof *list * (size_t)n);
	memcpy(node->u.pipeline.cmds, list, sizeof *list * (size_t)n);
	node->u.pipeline.ncmds = n;
	node->u.pipeline.bang = bang;
	return node;
}

static struct ast_node *parse_and_or(struct parser *p)
{
	struct ast_node *left = parse_pipeline(p);
	while (left) {
		enum token_kind k = parse_peek(p)->kind;
		if (k != TOKEN_AND_IF && k != TOKEN_OR_IF)
			break;
		parse_consume(p);
		parse_linebreak_command(p);
		struct ast_node *right = parse_pipeline(p);
		if (!right)
			return NULL;
		struct ast_node *node = ast_new(p->lx->chunk,
			k == TOKEN_AND_IF ? AST_AND : AST_OR, left->lineno);
		node->u.binary.left = left;
		node->u.binary.right = right;
		left = node;
	}
	return left;
}

/* Lists and word lists are gathered in a small array on the stack (in
 * the arena when they outgrow it) and copied to the chunk at their exact
 * size: parsed scripts stay compact. */
#define PARSE_LOCAL_ITEMS 8

struct list_builder {
	struct ast_list_item *items;
	int n;
	int cap;
	struct ast_list_item local[PARSE_LOCAL_ITEMS];
};

static void list_add(struct parser *p, struct list_builder *b,
		     struct ast_node *node)
{
	if (!b->items) {
		b->items = b->local;
		b->cap = PARSE_LOCAL_ITEMS;
	}
	if (b->n == b->cap) {
		int cap = b->cap * 2;
		struct ast_list_item *items = arena_alloc(parse_arena(p),
			sizeof *items * (size_t)cap);
		if (b->n)
			memcpy(items, b->items, sizeof *items * (size_t)b->n);
		b->items = items;
		b->cap = cap;
	}
	b->items[b->n].node = node;
	b->items[b->n].async = false;
	b->n++;
}

static struct ast_node *list_finish(struct parser *p, struct list_builder *b,
				    int lineno)
{
	if (b->n == 1 && !b->items[0].async)
		return b->items[0].node;
	struct ast_node *node = ast_new(p->lx->chunk, AST_LIST, lineno);
	node->u.list.items = arena_alloc(parse_arena(p),
					 sizeof *b->items * (size_t)b->n);
	memcpy(node->u.list.items, b->items, sizeof *b->items * (size_t)b->n);
	node->u.list.nitems = b->n;
	return node;
}

/* A list of and-or lists separated by ';', '&' and (when multiline)
 * newlines. The top level stops at a newline. */
static struct ast_node *parse_list(struct parser *p, bool multiline)
{
	struct list_builder b;
	b.items = NULL;
	b.n = b.cap = 0;
	int lineno = parse_peek(p)->lineno;
	if (multiline)
		parse_linebreak(p);
	for (;;) {
		/* Each item starts in command position: an alias there may
		 * give the reserved word that ends the list, or nothing
		 * before a newline (XCU 2.3.1). */
		parse_expand_aliases(p);
		if (parse_at_list_end(p))
			break;
		if (parse_peek(p)->kind == TOKEN_NEWLINE) {
			if (!multiline)
				break;
			parse_linebreak(p);
			continue;
		}
		struct ast_node *node = parse_and_or(p);
		if (!node)
			return NULL;
		list_add(p, &b, node);
		enum token_kind k = parse_peek(p)->kind;
		if (k == TOKEN_AMP || k == TOKEN_SEMI) {
			b.items[b.n - 1].async = k == TOKEN_AMP;
			parse_consume(p);
		} else if (k != TOKEN_NEWLINE) {
			break;
		}
		if (multiline)
			parse_linebreak(p);
	}
	if (b.n == 0)
		return parse_unexpected(p);
	return list_finish(p, &b, lineno);
}

static struct ast_node *parse_compound_list(struct parser *p)
{
	return parse_list(p, true);
}

static int parse_fd_number(const char *text)
{
	long v = 0;
	for (; *text; text++) {
		v = v * 10 + (*text - '0');
		if (v > INT_MAX / 10)
			return INT_MAX;
	}
	return (int)v;
}

static bool parse_redirect_op(enum token_kind k, enum redir_op *op, int *fd)
{
	switch (k) {
	case TOKEN_LESS: *op = REDIR_IN; *fd = 0; return true;
	case TOKEN_GREAT: *op = REDIR_OUT; *fd = 1; return true;
	case TOKEN_DGREAT: *op = REDIR_APPEND; *fd = 1; return true;
	case TOKEN_CLOBBER: *op = REDIR_CLOBBER; *fd = 1; return true;
	case TOKEN_LESSAND: *op = REDIR_DUP_IN; *fd = 0; return true;
	case TOKEN_GREATAND: *op = REDIR_DUP_OUT; *fd = 1; return true;
	case TOKEN_LESSGREAT: *op = REDIR_RDWR; *fd = 0; return true;
	case TOKEN_DLESS:
	case TOKEN_DLESSDASH: *op = REDIR_HEREDOC; *fd = 0; return true;
	default: return false;
	}
}

static bool parse_is_redirect(struct parser *p)
{
	enum redir_op op;
	int fd;
	struct token *t = parse_peek(p);
	return t->kind == TOKEN_IO_NUMBER || parse_redirect_op(t->kind, &op, &fd);
}

/* io_redirect: [IO_NUMBER] operator WORD (XCU 2.7). */
static struct ast_redir *parse_redirect(struct parser *p)
{
	struct ast_redir *r = arena_alloc(parse_arena(p), sizeof *r);
	memset(r, 0, sizeof *r);
	struct token *t = parse_peek(p);
	r->lineno = t->lineno;
	int io_number = -1;
	if (t->kind == TOKEN_IO_NUMBER) {
		io_number = parse_fd_number(t->text);
		parse_consume(p);
		t = parse_peek(p);
	}
	enum token_kind k = t->kind;
	if (!parse_redirect_op(k, &r->op, &r->fd))
		return parse_unexpected(p);
	if (io_number >= 0)
		r->fd = io_number;
	parse_consume(p);
	t = parse_peek(p);
	if (t->kind != TOKEN_WORD)
		return parse_unexpected(p);
	r->word = t->text;
	r->target = parse_word(p, t);
	parse_consume(p);
	if (r->op == REDIR_HEREDOC) {
		r->word = lex_unquote_delimiter(p->lx, r->word, &r->heredoc_quoted);
		r->heredoc = "";
		lex_queue_heredoc(p->lx, r, k == TOKEN_DLESSDASH);
	}
	return r;
}

/* Appends redirections while the current token starts one. */
static bool parse_redirect_list(struct parser *p, struct ast_redir ***tail)
{
	while (parse_is_redirect(p)) {
		struct ast_redir *r = parse_redirect(p);
		if (!r)
			return false;
		**tail = r;
		*tail = &r->next;
	}
	return true;
}

static bool parse_is_assignment(const struct token *t)
{
	size_t n = vars_name_len(t->text);
	return n > 0 && t->text[n] == '=';
}

struct word_list {
	struct word **items;
	int n;
	int cap;
	struct word *local[PARSE_LOCAL_ITEMS];
};

static void words_init(struct word_list *b)
{
	b->items = b->local;
	b->n = 0;
	b->cap = PARSE_LOCAL_ITEMS;
}

/* The words at their exact size in the chunk (NULL when none). */
static struct word **words_finish(struct parser *p, struct word_list *b)
{
	if (b->n == 0)
		return NULL;
	struct word **items = arena_alloc(parse_arena(p),
					  sizeof *items * (size_t)b->n);
	memcpy(items, b->items, sizeof *items * (size_t)b->n);
	return items;
}

static void words_add(struct parser *p, struct word_list *b, struct word *word)
{
	if (b->n == b->cap) {
		int cap = b->cap * 2;
		struct word **items = arena_alloc(parse_arena(p),
						  sizeof *items * (size_t)cap);
		if (b->n)
			memcpy(items, b->items, sizeof *items * (size_t)b->n);
		b->items = items;
		b->cap = cap;
	}
	b->items[b->n++] = word;
}

static struct ast_node *parse_funcdef(struct parser *p, const char *name,
				      int lineno)
{
	parse_consume(p);  /* ( */
	if (parse_peek(p)->kind != TOKEN_RPAREN)
		return parse_unexpected(p);
	parse_consume(p);
	parse_linebreak(p);
	struct ast_node *body = parse_command(p);
	if (!body)
		return NULL;
	if (body->kind == AST_SIMPLE || body->kind == AST_FUNCDEF) {
		/* XCU 2.9.5: the body must be a compound command. */
		p->lx->sh->lineno = body->lineno;
		error_print(p->lx->sh, "syntax error: function body of '%s' "
			    "is not a compound command", name);
		p->lx->error = true;
		return NULL;
	}
	struct ast_node *node = ast_new(p->lx->chunk, AST_FUNCDEF, lineno);
	node->u.funcdef.name = name;
	node->u.funcdef.body = body;
	return node;
}

/* Splits each assignment word into its name and its value word. */
static struct ast_assign *parse_assigns(struct parser *p,
					const struct word_list *l)
{
	if (l->n == 0)
		return NULL;
	struct ast_assign *a = arena_alloc(parse_arena(p),
					   sizeof *a * (size_t)l->n);
	for (int i = 0; i < l->n; i++) {
		a[i].text = l->items[i]->text;
		a[i].namelen = vars_name_len(a[i].text);
		a[i].value = l->items[i];
		word_strip_assignment_name(a[i].value, a[i].namelen);
	}
	return a;
}

static struct ast_node *parse_simple(struct parser *p)
{
	struct ast_node *node = ast_new(p->lx->chunk, AST_SIMPLE,
					parse_peek(p)->lineno);
	struct word_list assigns, words;
	words_init(&assigns);
	words_init(&words);
	struct ast_redir **tail = &node->redirs;
	for (;;) {
		struct ast_redir **before = tail;
		if (!parse_redirect_list(p, &tail))
			return NULL;
		if (tail != before)
			p->check_alias = false;  /* only the very next word */
		if (words.n == 0 || p->check_alias) {
			parse_expand_aliases_in(p, words.n > 0);
			p->check_alias = false;
		}
		struct token *t = parse_peek(p);
		if (t->kind != TOKEN_WORD)
			break;
		if (words.n == 0 && parse_is_assignment(t)) {
			words_add(p, &assigns, parse_word(p, t));
		} else {
			words_add(p, &words, parse_word(p, t));
			/* The last word of an alias value ending in a blank:
			 * the next word is checked too (XCU 2.3.1). */
			if (t->origin && t->origin->blank_after &&
			    parse_alias_rest_blank(t->origin))
				p->check_alias = true;
		}
		parse_consume(p);
		if (words.n == 1 && assigns.n == 0 && !node->redirs &&
		    parse_peek(p)->kind == TOKEN_LPAREN &&
		    vars_is_name(words.items[0]->text))
			return parse_funcdef(p, words.items[0]->text, node->lineno);
	}
	if (assigns.n == 0 && words.n == 0 && !node->redirs)
		return parse_unexpected(p);
	node->u.simple.assigns = parse_assigns(p, &assigns);
	node->u.simple.nassigns = assigns.n;
	node->u.simple.words = words_finish(p, &words);
	node->u.simple.nwords = words.n;
	return node;
}

static struct ast_node *parse_body_until(struct parser *p, const char *end)
{
	struct ast_node *body = parse_compound_list(p);
	if (!body || !parse_expect_word(p, end))
		return NULL;
	return body;
}

static struct ast_node *parse_if(struct parser *p, int lineno)
{
	struct ast_node *node = ast_new(p->lx->chunk, AST_IF, lineno);
	node->u.if_.cond = parse_body_until(p, "then");
	if (!node->u.if_.cond)
		return NULL;
	node->u.if_.then_part = parse_compound_list(p);
	if (!node->u.if_.then_part)
		return NULL;
	if (parse_is_word(p, "elif")) {
		int elif_line = parse_peek(p)->lineno;
		parse_consume(p);
		node->u.if_.else_part = parse_if(p, elif_line);
		return node->u.if_.else_part ? node : NULL;
	}
	if (parse_is_word(p, "else")) {
		parse_consume(p);
		node->u.if_.else_part = parse_compound_list(p);
		if (!node->u.if_.else_part)
			return NULL;
	}
	return parse_expect_word(p, "fi") ? node : NULL;
}

static struct ast_node *parse_loop(struct parser *p, enum ast_kind kind,
				   int lineno)
{
	struct ast_node *node = ast_new(p->lx->chunk, kind, lineno);
	node->u.loop.cond = parse_body_until(p, "do");
	if (!node->u.loop.cond)
		return NULL;
	node->u.loop.body = parse_body_until(p, "done");
	return node->u.loop.body ? node : NULL;
}

static struct ast_node *parse_do_group(struct parser *p)
{
	parse_linebreak(p);
	if (!parse_expect_word(p, "do"))
		return NULL;
	return parse_body_until(p, "done");
}

static struct ast_node *parse_for(struct parser *p, int lineno)
{
	struct ast_node *node = ast_new(p->lx->chunk, AST_FOR, lineno);
	struct token *t = parse_peek(p);
	if (t->kind != TOKEN_WORD || !vars_is_name(t->text))
		return parse_unexpected(p);
	node->u.for_.name = t->text;
	parse_consume(p);
	parse_linebreak(p);
	if (parse_is_word(p, "in")) {
		parse_consume(p);
		struct word_list words;
		words_init(&words);
		while (parse_peek(p)->kind == TOKEN_WORD) {
			words_add(p, &words, parse_word(p, &p->tok));
			parse_consume(p);
		}
		node->u.for_.words = words.n ? words_finish(p, &words)
			: arena_alloc(parse_arena(p), sizeof(struct word *));
		node->u.for_.nwords = words.n;
		enum token_kind k = parse_peek(p)->kind;
		if (k != TOKEN_SEMI && k != TOKEN_NEWLINE)
			return parse_unexpected(p);
		parse_consume(p);
	} else if (parse_peek(p)->kind == TOKEN_SEMI) {
		parse_consume(p);
	}
	node->u.for_.body = parse_do_group(p);
	return node->u.for_.body ? node : NULL;
}

static bool parse_case_item(struct parser *p, struct ast_case_item *item)
{
	struct word_list pats;
	words_init(&pats);
	if (parse_peek(p)->kind == TOKEN_LPAREN)
		parse_consume(p);
	for (;;) {
		struct token *t = parse_peek(p);
		if (t->kind != TOKEN_WORD)
			return parse_unexpected(p) != NULL;
		words_add(p, &pats, parse_word(p, t));
		parse_consume(p);
		if (parse_peek(p)->kind != TOKEN_PIPE)
			break;
		parse_consume(p);
	}
	if (parse_peek(p)->kind != TOKEN_RPAREN)
		return parse_unexpected(p) != NULL;
	parse_consume(p);
	item->patterns = words_finish(p, &pats);
	item->npatterns = pats.n;
	parse_linebreak(p);
	item->body = NULL;
	parse_expand_aliases(p);  /* the body is in command position */
	enum token_kind k = parse_peek(p)->kind;
	if (k != TOKEN_DSEMI && k != TOKEN_SEMI_AND && !parse_is_word(p, "esac")) {
		item->body = parse_compound_list(p);
		if (!item->body)
			return false;
	}
	k = parse_peek(p)->kind;
	item->fallthrough = k == TOKEN_SEMI_AND;
	if (k == TOKEN_DSEMI || k == TOKEN_SEMI_AND) {
		parse_consume(p);
		parse_linebreak(p);
	} else if (!parse_is_word(p, "esac")) {
		return parse_unexpected(p) != NULL;
	}
	return true;
}

static struct ast_node *parse_case(struct parser *p, int lineno)
{
	struct ast_node *node = ast_new(p->lx->chunk, AST_CASE, lineno);
	struct token *t = parse_peek(p);
	if (t->kind != TOKEN_WORD)
		return parse_unexpected(p);
	node->u.case_.word = parse_word(p, t);
	parse_consume(p);
	parse_linebreak(p);
	if (!parse_expect_word(p, "in"))
		return NULL;
	parse_linebreak(p);
	int cap = 0;
	while (!parse_is_word(p, "esac")) {
		if (node->u.case_.nitems == cap) {
			cap = cap ? cap * 2 : 4;
			struct ast_case_item *items = arena_alloc(parse_arena(p),
				sizeof *items * (size_t)cap);
			if (node->u.case_.nitems)
				memcpy(items, node->u.case_.items, sizeof *items
				       * (size_t)node->u.case_.nitems);
			node->u.case_.items = items;
		}
		if (!parse_case_item(p, &node->u.case_.items[node->u.case_.nitems]))
			return NULL;
		node->u.case_.nitems++;
	}
	parse_consume(p);
	return node;
}

static struct ast_node *parse_group(struct parser *p, enum ast_kind kind,
				    int lineno)
{
	struct ast_node *node = ast_new(p->lx->chunk, kind, lineno);
	node->u.body = parse_compound_list(p);
	if (!node->u.body)
		return NULL;
	if (kind == AST_BRACE)
		return parse_expect_word(p, "}") ? node : NULL;
	if (parse_peek(p)->kind != TOKEN_RPAREN)
		return parse_unexpected(p);
	parse_consume(p);
	return node;
}

/* A compound command if the current token starts one, else NULL with
 * *matched false. */
static struct ast_node *parse_compound(struct parser *p, bool *matched)
{
	struct token *t = parse_peek(p);
	int lineno = t->lineno;
	*matched = true;
	if (t->kind == TOKEN_LPAREN) {
		parse_consume(p);
		return parse_group(p, AST_SUBSHELL, lineno);
	}
	static const char *const starters[] = {
		"{", "if", "while", "until", "for", "case",
	};
	size_t i;
	for (i = 0; i < sizeof starters / sizeof *starters; i++)
		if (parse_is_word(p, starters[i]))
			break;
	switch (i) {
	case 0: parse_consume(p); return parse_group(p, AST_BRACE, lineno);
	case 1: parse_consume(p); return parse_if(p, lineno);
	case 2: parse_consume(p); return parse_loop(p, AST_WHILE, lineno);
	case 3: parse_consume(p); return parse_loop(p, AST_UNTIL, lineno);
	case 4: parse_consume(p); return parse_for(p, lineno);
	case 5: parse_consume(p); return parse_case(p, lineno);
	}
	*matched = false;
	return NULL;
}

/* Deeper nesting is refused as a syntax error rather than overflowing the
 * stack of the recursive descent. */
#define PARSE_MAX_NESTING 1000

static struct ast_node *parse_command_nested(struct parser *p);

static struct ast_node *parse_command(struct parser *p)
{
	if (p->lx->nesting >= PARSE_MAX_NESTING) {
		if (!p->lx->error) {
			p->lx->sh->lineno = parse_peek(p)->lineno;
			error_print(p->lx->sh, "syntax error: commands nested "
				    "too deeply");
			p->lx->error = true;
		}
		return NULL;
	}
	p->lx->nesting++;
	struct ast_node *node = parse_command_nested(p);
	p->lx->nesting--;
	return node;
}

static struct ast_node *parse_command_nested(struct parser *p)
{
	parse_expand_aliases(p);
	struct token *t = parse_peek(p);
	if (t->kind == TOKEN_WORD && t->reserved &&
	    strcmp(t->text, "{") != 0 && strcmp(t->text, "if") != 0 &&
	    strcmp(t->text, "while") != 0 && strcmp(t->text, "until") != 0 &&
	    strcmp(t->text, "for") != 0 && strcmp(t->text, "case") != 0)
		return parse_unexpected(p);
	bool matched = false;
	struct ast_node *node = NULL;
	if (t->kind == TOKEN_LPAREN || (t->kind == TOKEN_WORD && t->reserved))
		node = parse_compound(p, &matched);
	if (!matched)
		return parse_simple(p);
	if (!node)
		return NULL;
	struct ast_redir **tail = &node->redirs;
	return parse_redirect_list(p, &tail) ? node : NULL;
}

/* After a syntax error in an interactive shell: drop the rest of the
 * line so that the next prompt starts afresh. */
static void parse_recover(struct parser *p)
{
	struct input *in = p->lx->in;
	p->have_tok = false;
	p->lx->nunget = 0;
	p->lx->heredocs = NULL;
	lex_free_aliases(p->lx);
	if (in->kind == INPUT_INTERACTIVE)
		in->pos = in->len;
	p->lx->error = false;
}

enum parse_status parse_next(struct parser *p, struct ast_chunk *chunk,
			     struct ast_node **out)
{
	p->lx->chunk = chunk;
	p->lx->in->continuation = false;
	*out = NULL;
	parse_expand_aliases(p);
	struct token *t = parse_peek(p);
	if (t->kind == TOKEN_EOF)
		return PARSE_EOF;
	if (t->kind == TOKEN_NEWLINE) {
		parse_consume(p);
		return PARSE_OK;
	}
	struct ast_node *node = t->kind == TOKEN_ERROR ? NULL : parse_list(p, false);
	if (node) {
		t = parse_peek(p);
		if (t->kind == TOKEN_NEWLINE)
			parse_consume(p);
		else if (t->kind != TOKEN_EOF)
			node = parse_unexpected(p);
	}
	if (!node) {
		parse_recover(p);
		return PARSE_ERROR;
	}
	*out = node;
	return PARSE_OK;
}

bool parse_command_substitution(struct lexer *lx, struct ast_node **body)
{
	struct parser inner;
	memset(&inner, 0, sizeof inner);
	inner.lx = lx;
	*body = NULL;
	if (lx->nesting >= PARSE_MAX_NESTING) {
		lex_syntax_error(lx, "commands nested too deeply");
		return false;
	}
	lx->depth++;
	struct token *t = parse_peek(&inner);
	bool ok = true;
	if (t->kind != TOKEN_RPAREN) {
		parse_linebreak(&inner);
		parse_expand_aliases(&inner);
		if (parse_peek(&inner)->kind != TOKEN_RPAREN) {
			*body = parse_compound_list(&inner);
			ok = *body != NULL;
		}
		if (ok && parse_peek(&inner)->kind != TOKEN_RPAREN)
			ok = parse_unexpected(&inner) != NULL;
	}
	lx->depth--;
	return ok && !lx->error;
}

bool parse_command_text(struct lexer *lx, const char *text, int lineno,
			struct ast_node **body)
{
	*body = NULL;
	if (lx->nesting >= PARSE_MAX_NESTING) {
		lex_syntax_error(lx, "commands nested too deeply");
		return false;
	}
	struct input in;
	input_init_string(&in, text, NULL);
	in.lineno = lineno;
	struct parser inner;
	parse_init(&inner, lx->sh, &in);
	inner.lx->chunk = lx->chunk;
	inner.lx->depth = lx->depth + 1;
	inner.lx->nesting = lx->nesting + 1;
	parse_linebreak(&inner);
	parse_expand_aliases(&inner);
	bool ok = true;
	if (parse_peek(&inner)->kind != TOKEN_EOF) {
		*body = parse_compound_list(&inner);
		ok = *body != NULL;
		if (ok && parse_peek(&inner)->kind != TOKEN_EOF)
			ok = parse_unexpected(&inner) != NULL;
	}
	ok = ok && !inner.lx->error;
	lex_free(inner.lx);
	if (!ok)
		lx->error = true;  /* the inner lexer printed the error */
	return ok;
}

bool parse_at_end(struct parser *p)
{
	struct lexer *lx = p->lx;
	if (p->have_tok)
		return p->tok.kind == TOKEN_EOF;
	return lx->nunget == 0 && !lx->alias && lx->in->kind == INPUT_STRING &&
	       lx->in->pos >= lx->in->len;
}
