/* Memory by lifetime: arenas with marks, and x* allocation wrappers that
 * never return NULL (allocation failure prints "cosh: out of memory" and
 * exits with status 2). */
#ifndef COSH_ARENA_H
#define COSH_ARENA_H

#include <stddef.h>

struct arena_block;

/* An arena hands out memory that lives until the arena is released back to
 * a mark or freed as a whole. Zero-initialised is a valid empty arena. */
struct arena {
	struct arena_block *head;
	struct arena_block *spare;  /* one released block, kept for reuse: the
				       scratch arena is emptied after every
				       command */
};

struct arena_mark {
	struct arena_block *block;
	size_t used;
};

/* Returns memory owned by the arena, aligned to 8 bytes (pointers,
 * integers, sizes: what the shell keeps there). */
void *arena_alloc(struct arena *a, size_t size);
/* Copies owned by the arena. */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Remembers the current top; arena_release frees everything allocated
 * after the mark. */
struct arena_mark arena_mark(struct arena *a);
void arena_release(struct arena *a, struct arena_mark mark);
/* Frees every block; the arena is empty and reusable afterwards. */
void arena_free(struct arena *a);

/* Heap wrappers: the caller owns the result; never NULL. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Prints "cosh: out of memory" and exits with status 2. */
_Noreturn void arena_out_of_memory(void);

#endif
