#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ARENA_BLOCK_SIZE 8192
/* Enough for what the shell keeps in arenas (pointers, integers, sizes):
 * a parsed script is made of many small objects. */
#define ARENA_ALIGN 8

struct arena_block {
	struct arena_block *prev;
	size_t size;
	size_t used;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

void arena_out_of_memory(void)
{
	static const char msg[] = "cosh: out of memory\n";
	ssize_t n = write(2, msg, sizeof msg - 1);
	(void)n;
	_exit(2);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		arena_out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		arena_out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		arena_out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static struct arena_block *arena_new_block(struct arena *a, size_t need)
{
	size_t size = need > ARENA_BLOCK_SIZE ? need : ARENA_BLOCK_SIZE;
	struct arena_block *b = a->spare;
	if (b && size == ARENA_BLOCK_SIZE)
		a->spare = NULL;
	else
		b = xmalloc(sizeof *b + size);
	b->prev = a->head;
	b->size = size;
	b->used = 0;
	a->head = b;
	return b;
}

/* size bytes at the top of the newest block, the top first rounded up to
 * align; a new block when they do not fit. */
static void *arena_take(struct arena *a, size_t size, size_t align)
{
	struct arena_block *b = a->head;
	size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
	if (!b || at > b->size || b->size - at < size) {
		b = arena_new_block(a, size);
		at = 0;
	}
	b->used = at + size;
	return b->data + at;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return arena_take(a, size, ARENA_ALIGN);
}

/* Strings need no alignment: packing them keeps parsed scripts small. */
char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_take(a, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

struct arena_mark arena_mark(struct arena *a)
{
	struct arena_mark m = { a->head, a->head ? a->head->used : 0 };
	return m;
}

void arena_release(struct arena *a, struct arena_mark mark)
{
	while (a->head && a->head != mark.block) {
		struct arena_block *prev = a->head->prev;
		if (!a->spare && a->head->size == ARENA_BLOCK_SIZE)
			a->spare = a->head;
		else
			free(a->head);
		a->head = prev;
	}
	if (a->head)
		a->head->used = mark.used;
}

void arena_free(struct arena *a)
{
	struct arena_mark none = { NULL, 0 };
	arena_release(a, none);
	free(a->spare);
	a->spare = NULL;
}
