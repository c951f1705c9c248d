/* Renders an AST back to shell text, for the job table (`jobs`, job
 * notifications). Words keep their source text in the AST, so the result
 * re-parses to the same command; here-document bodies are left out (only
 * the operator and the delimiter are shown, as other shells do). */
#include "ast.h"

#include "strbuf.h"

static void ast_print_node(struct strbuf *sb, const struct ast_node *n);

static const char *ast_print_op(enum redir_op op)
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

/* XCU 2.7: the fd is written only when it differs from the operator's
 * default (0 for input operators, 1 for output ones). */
static void ast_print_redirs(struct strbuf *sb, const struct ast_redir *r)
{
	for (; r; r = r->next) {
		bool input = r->op == REDIR_IN || r->op == REDIR_DUP_IN ||
			     r->op == REDIR_RDWR || r->op == REDIR_HEREDOC;
		if (sb->len && sb->data[sb->len - 1] != ' ')
			strbuf_addc(sb, ' ');
		if (r->fd != (input ? 0 : 1))
			strbuf_addf(sb, "%d", r->fd);
		strbuf_adds(sb, ast_print_op(r->op));
		strbuf_adds(sb, r->word);
	}
}

static void ast_print_text(struct strbuf *sb, const char *text, bool *first)
{
	if (!*first)
		strbuf_addc(sb, ' ');
	strbuf_adds(sb, text);
	*first = false;
}

static void ast_print_words(struct strbuf *sb, struct word *const *words,
			    int n, bool *first)
{
	for (int i = 0; i < n; i++)
		ast_print_text(sb, words[i]->text, first);
}

/* True when the text of n ends with `&` (a list whose last item is
 * asynchronous): no `;` may follow it. */
static bool ast_print_ends_async(const struct ast_node *n)
{
	return n->kind == AST_LIST && n->u.list.nitems > 0 &&
	       n->u.list.items[n->u.list.nitems - 1].async;
}

/* n followed by the separator a reserved word after it needs. */
static void ast_print_body(struct strbuf *sb, const struct ast_node *n)
{
	ast_print_node(sb, n);
	strbuf_adds(sb, ast_print_ends_async(n) ? " " : "; ");
}

static void ast_print_list(struct strbuf *sb, const struct ast_list *l)
{
	for (int i = 0; i < l->nitems; i++) {
		ast_print_node(sb, l->items[i].node);
		if (l->items[i].async)
			strbuf_adds(sb, i + 1 < l->nitems ? " & " : " &");
		else if (i + 1 < l->nitems)
			strbuf_adds(sb, "; ");
	}
}

static void ast_print_if(struct strbuf *sb, const struct ast_if *f)
{
	strbuf_adds(sb, "if ");
	ast_print_body(sb, f->cond);
	strbuf_adds(sb, "then ");
	ast_print_body(sb, f->then_part);
	if (f->else_part) {
		strbuf_adds(sb, "else ");
		ast_print_body(sb, f->else_part);
	}
	strbuf_adds(sb, "fi");
}

static void ast_print_for(struct strbuf *sb, const struct ast_for *f)
{
	strbuf_addf(sb, "for %s", f->name);
	if (f->words) {
		bool first = false;
		strbuf_adds(sb, " in");
		ast_print_words(sb, f->words, f->nwords, &first);
	}
	strbuf_adds(sb, "; do ");
	ast_print_body(sb, f->body);
	strbuf_adds(sb, "done");
}

static void ast_print_case(struct strbuf *sb, const struct ast_case *c)
{
	strbuf_addf(sb, "case %s in ", c->word->text);
	for (int i = 0; i < c->nitems; i++) {
		const struct ast_case_item *it = &c->items[i];
		for (int j = 0; j < it->npatterns; j++) {
			if (j)
				strbuf_addc(sb, '|');
			strbuf_adds(sb, it->patterns[j]->text);
		}
		strbuf_adds(sb, ") ");
		if (it->body) {
			ast_print_node(sb, it->body);
			strbuf_addc(sb, ' ');
		}
		strbuf_adds(sb, it->fallthrough ? ";& " : ";; ");
	}
	strbuf_adds(sb, "esac");
}

static void ast_print_simple(struct strbuf *sb, const struct ast_simple *s)
{
	bool first = true;

	for (int i = 0; i < s->nassigns; i++)
		ast_print_text(sb, s->assigns[i].text, &first);
	ast_print_words(sb, s->words, s->nwords, &first);
}

static void ast_print_compound(struct strbuf *sb, const struct ast_node *n)
{
	switch (n->kind) {
	case AST_SUBSHELL:
		strbuf_addc(sb, '(');
		ast_print_node(sb, n->u.body);
		strbuf_addc(sb, ')');
		break;
	case AST_BRACE:
		strbuf_adds(sb, "{ ");
		ast_print_body(sb, n->u.body);
		strbuf_addc(sb, '}');
		break;
	case AST_IF:
		ast_print_if(sb, &n->u.if_);
		break;
	case AST_WHILE:
	case AST_UNTIL:
		strbuf_adds(sb, n->kind == AST_WHILE ? "while " : "until ");
		ast_print_body(sb, n->u.loop.cond);
		strbuf_adds(sb, "do ");
		ast_print_body(sb, n->u.loop.body);
		strbuf_adds(sb, "done");
		break;
	case AST_FOR:
		ast_print_for(sb, &n->u.for_);
		break;
	case AST_CASE:
		ast_print_case(sb, &n->u.case_);
		break;
	default:
		break;
	}
}

static void ast_print_node(struct strbuf *sb, const struct ast_node *n)
{
	switch (n->kind) {
	case AST_SIMPLE:
		ast_print_simple(sb, &n->u.simple);
		break;
	case AST_PIPELINE:
		if (n->u.pipeline.bang)
			strbuf_adds(sb, "! ");
		for (int i = 0; i < n->u.pipeline.ncmds; i++) {
			if (i)
				strbuf_adds(sb, " | ");
			ast_print_node(sb, n->u.pipeline.cmds[i]);
		}
		return;
	case AST_AND:
	case AST_OR:
		ast_print_node(sb, n->u.binary.left);
		strbuf_adds(sb, n->kind == AST_AND ? " && " : " || ");
		ast_print_node(sb, n->u.binary.right);
		return;
	case AST_LIST:
		ast_print_list(sb, &n->u.list);
		return;
	case AST_FUNCDEF:
		strbuf_addf(sb, "%s() ", n->u.funcdef.name);
		ast_print_node(sb, n->u.funcdef.body);
		return;
	default:
		ast_print_compound(sb, n);
		break;
	}
	ast_print_redirs(sb, n->redirs);
}

char *ast_to_text(const struct ast_node *n)
{
	struct strbuf sb = { 0 };

	ast_print_node(&sb, n);
	return strbuf_detach(&sb);
}
