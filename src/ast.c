#include "ast.h"

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

struct ast_node *ast_new(struct ast_chunk *chunk, enum ast_kind kind,
			 int lineno)
{
	struct ast_node *n = arena_alloc(&chunk->arena, sizeof *n);
	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->lineno = lineno;
	return n;
}
