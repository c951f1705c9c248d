#include "func.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "exec.h"
#include "shell.h"

static size_t func_hash(const char *name)
{
	size_t h = 5381;
	for (; *name; name++)
		h = h * 33 + (unsigned char)*name;
	return h;
}

/* The link that points at name's entry, or at the NULL ending its bucket.
 * The table must have buckets. */
static struct func **func_slot(struct func_table *t, const char *name)
{
	struct func **p = &t->buckets[func_hash(name) & (t->nbuckets - 1)];
	while (*p && strcmp((*p)->name, name) != 0)
		p = &(*p)->next;
	return p;
}

static void func_grow(struct func_table *t)
{
	size_t n = t->nbuckets ? t->nbuckets * 2 : 64;
	struct func **buckets = xcalloc(n, sizeof *buckets);
	for (size_t i = 0; i < t->nbuckets; i++) {
		struct func *f = t->buckets[i];
		while (f) {
			struct func *next = f->next;
			size_t b = func_hash(f->name) & (n - 1);
			f->next = buckets[b];
			buckets[b] = f;
			f = next;
		}
	}
	free(t->buckets);
	t->buckets = buckets;
	t->nbuckets = n;
}

struct func *func_find(struct shell *sh, const char *name)
{
	if (!sh->funcs.nbuckets)
		return NULL;
	return *func_slot(&sh->funcs, name);
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
	struct func_table *t = &sh->funcs;
	if (t->count + 1 > t->nbuckets / 2)
		func_grow(t);
	struct func **p = func_slot(t, name);
	struct func *f = *p;
	ast_chunk_ref(chunk);
	t->defined++;
	if (f) {
		/* A function may redefine itself while running: its old
		 * chunk stays alive through the caller's reference. */
		ast_chunk_unref(f->chunk);
	} else {
		f = xcalloc(1, sizeof *f);
		f->name = xstrdup(name);
		*p = f;
		t->count++;
	}
	f->body = body;
	f->chunk = chunk;
}

int func_unset(struct shell *sh, const char *name)
{
	struct func_table *t = &sh->funcs;
	if (!t->nbuckets)
		return -1;
	struct func **p = func_slot(t, name);
	struct func *f = *p;
	if (!f)
		return -1;
	*p = f->next;
	t->count--;
	/* A function may unset itself while running: its chunk stays alive
	 * through the caller's reference. */
	func_free(f);
	return 0;
}

void func_each(struct shell *sh, void (*fn)(struct func *f, void *arg),
	       void *arg)
{
	struct func_table *t = &sh->funcs;
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct func *f = t->buckets[i]; f; f = f->next)
			fn(f, arg);
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
