#include "ast.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct ast_chunk *ast_chunk_new(void)
{
	struct ast_chunk *c = xcalloc(1, sizeof *c);
	c->refs = 1;
	return c;
}

void ast_chunk_ref(struct ast_chunk *c)
{
	c->refs++;
}

void ast_chunk_unref(struct ast_chunk *c)
{
	if (!c || --c->refs > 0)
		return;
	arena_free(&c->arena);
	free(c);
}

/* The size of a node of kind: the header and its own union member. */
static size_t ast_node_size(enum ast_kind kind)
{
	size_t head = offsetof(struct ast_node, u);
	struct ast_node *n = NULL;
	switch (kind) {
	case AST_SIMPLE: return head + sizeof n->u.simple;
	case AST_PIPELINE: return head + sizeof n->u.pipeline;
	case AST_AND: case AST_OR: return head + sizeof n->u.binary;
	case AST_LIST: return head + sizeof n->u.list;
	case AST_SUBSHELL: case AST_BRACE: return head + sizeof n->u.body;
	case AST_IF: return head + sizeof n->u.if_;
	case AST_WHILE: case AST_UNTIL: return head + sizeof n->u.loop;
	case AST_FOR: return head + sizeof n->u.for_;
	case AST_CASE: return head + sizeof n->u.case_;
	case AST_FUNCDEF: return head + sizeof n->u.funcdef;
	}
	return sizeof *n;
}

struct ast_node *ast_new(struct ast_chunk *chunk, enum ast_kind kind,
			 int lineno)
{
	size_t size = ast_node_size(kind);
	struct ast_node *n = arena_alloc(&chunk->arena, size);
	memset(n, 0, size);
	n->kind = kind;
	n->lineno = lineno;
	return n;
}
