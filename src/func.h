/* Function definitions (XCU 2.9.5). */
#ifndef COSH_FUNC_H
#define COSH_FUNC_H

struct shell;
struct ast_node;
struct ast_chunk;

struct func {
	struct func *next;
	char *name;                 /* owned */
	const struct ast_node *body;
	struct ast_chunk *chunk;    /* holds a reference to body's memory */
};

struct func_table {
	struct func *list;
};

/* Defines or replaces name. Takes a reference on chunk. */
void func_define(struct shell *sh, const char *name,
		 const struct ast_node *body, struct ast_chunk *chunk);
struct func *func_find(struct shell *sh, const char *name);
/* Returns 0, or -1 when no such function. */
int func_unset(struct shell *sh, const char *name);
/* Calls the function with args as positional parameters (XCU 2.9.5);
 * returns its status. */
int func_call(struct shell *sh, struct func *f, int argc, char **argv);

#endif
