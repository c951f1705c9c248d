#include "func.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "exec.h"
#include "shell.h"

struct func *func_find(struct shell *sh, const char *name)
{
	for (struct func *f = sh->funcs.list; f; f = f->next)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static void func_free(struct func *f)
{
	ast_chunk_unref(f->chunk);
	free(f->name);
	free(f);
}

void func_define(struct shell *sh, const char *name,
		 const struct ast_node *body, struct ast_chunk *chunk)
{
	func_unset(sh, name);
	struct func *f = xcalloc(1, sizeof *f);
	f->name = xstrdup(name);
	f->body = body;
	f->chunk = chunk;
	ast_chunk_ref(chunk);
	f->next = sh->funcs.list;
	sh->funcs.list = f;
}

int func_unset(struct shell *sh, const char *name)
{
	for (struct func **p = &sh->funcs.list; *p; p = &(*p)->next) {
		if (strcmp((*p)->name, name) == 0) {
			struct func *f = *p;
			*p = f->next;
			/* A function may unset itself while running: its chunk
			 * stays alive through the caller's reference. */
			func_free(f);
			return 0;
		}
	}
	return -1;
}

/* XCU 2.9.5: the operands become the positional parameters for the
 * duration of the call; `return` ends it. */
int func_call(struct shell *sh, struct func *f, int argc, char **argv)
{
	struct params saved = sh->params;
	memset(&sh->params, 0, sizeof sh->params);
	params_set(&sh->params, argc - 1, argv + 1);
	struct ast_chunk *chunk = f->chunk;
	ast_chunk_ref(chunk);
	struct ast_chunk *outer_chunk = sh->chunk;
	sh->chunk = chunk;
	sh->func_depth++;
	struct var_saved *outer_locals = vars_scope_enter(sh);
	int loop_depth = sh->loop_depth;
	sh->loop_depth = 0;
	int status = exec_node(sh, f->body);
	sh->loop_depth = loop_depth;
	vars_scope_leave(sh, outer_locals);
	sh->func_depth--;
	if (sh->flow == FLOW_RETURN) {
		sh->flow = FLOW_NONE;
		status = sh->exit_status;
	}
	sh->chunk = outer_chunk;
	ast_chunk_unref(chunk);
	params_free(&sh->params);
	sh->params = saved;
	return status;
}
