/* Aliases (XCU 2.3.1): a list kept sorted by name, so that `alias` lists
 * them in order. */
#include "alias.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "shell.h"

/* The link that points at name's entry, or at the place it would go. */
static struct alias **alias_slot(struct shell *sh, const char *name)
{
	struct alias **p = &sh->aliases.list;
	while (*p && strcmp((*p)->name, name) < 0)
		p = &(*p)->next;
	return p;
}

const char *alias_get(struct shell *sh, const char *name)
{
	struct alias *a = *alias_slot(sh, name);
	if (a && strcmp(a->name, name) == 0)
		return a->value;
	return NULL;
}

void alias_set(struct shell *sh, const char *name, const char *value)
{
	struct alias **p = alias_slot(sh, name);
	if (*p && strcmp((*p)->name, name) == 0) {
		char *copy = xstrdup(value);
		free((*p)->value);
		(*p)->value = copy;
		return;
	}
	struct alias *a = xmalloc(sizeof *a);
	a->name = xstrdup(name);
	a->value = xstrdup(value);
	a->next = *p;
	*p = a;
}

static void alias_free(struct alias *a)
{
	free(a->name);
	free(a->value);
	free(a);
}

int alias_unset(struct shell *sh, const char *name)
{
	struct alias **p = alias_slot(sh, name);
	struct alias *a = *p;
	if (!a || strcmp(a->name, name) != 0)
		return -1;
	*p = a->next;
	alias_free(a);
	return 0;
}

void alias_clear(struct shell *sh)
{
	struct alias *a = sh->aliases.list;
	while (a) {
		struct alias *next = a->next;
		alias_free(a);
		a = next;
	}
	sh->aliases.list = NULL;
}
