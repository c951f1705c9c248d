/* Function definitions (XCU 2.9.5), in a hash table: defining, finding and
 * unsetting a function cost the same with 10 or 100,000 functions. */
#ifndef COSH_FUNC_H
#define COSH_FUNC_H

#include <stddef.h>

struct shell;
struct ast_node;
struct ast_chunk;

struct func {
	struct func *next;          /* in its bucket */
	char *name;                 /* owned */
	const struct ast_node *body;
	struct ast_chunk *chunk;    /* holds a reference to body's memory */
};

struct func_table {
	struct func **buckets;      /* nbuckets, a power of two, or NULL */
	size_t nbuckets;
	size_t count;
	unsigned long defined;      /* definitions made so far: tells the
				       read-eval loop that a command kept a
				       reference to its chunk */
};

/* Defines or replaces name. The body is not copied: the function takes a
 * reference on chunk, which holds body's memory. */
void func_define(struct shell *sh, const char *name,
		 const struct ast_node *body, struct ast_chunk *chunk);
/* The function named name, or NULL. Owned by the table: valid until the
 * function is unset or redefined. */
struct func *func_find(struct shell *sh, const char *name);
/* Returns 0, or -1 when no such function. */
int func_unset(struct shell *sh, const char *name);
/* Calls fn for every function, in no particular order; fn must not define
 * or unset functions. */
void func_each(struct shell *sh, void (*fn)(struct func *f, void *arg),
	       void *arg);
/* Calls the function with args as positional parameters (XCU 2.9.5);
 * returns its status. */
int func_call(struct shell *sh, struct func *f, int argc, char **argv);

#endif
