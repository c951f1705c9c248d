/* Aliases (XCU 2.3.1). */
#ifndef COSH_ALIAS_H
#define COSH_ALIAS_H

struct shell;

struct alias {
	struct alias *next;
	char *name;   /* owned */
	char *value;  /* owned */
};

struct alias_table {
	struct alias *list;   /* sorted by name (strcmp) */
};

/* Returns the value of alias name or NULL. The string belongs to the
 * table and is freed when the alias is redefined, unset or cleared: keep a
 * copy if it must outlive the next alias or unalias command. */
const char *alias_get(struct shell *sh, const char *name);
/* Defines or redefines name (both strings are copied). */
void alias_set(struct shell *sh, const char *name, const char *value);
/* Removes name; returns 0, or -1 when there is no such alias. */
int alias_unset(struct shell *sh, const char *name);
/* Removes every alias (unalias -a). */
void alias_clear(struct shell *sh);

#endif
