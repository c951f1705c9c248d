/* Command search and execution (XCU 2.9.1.1): builtins, functions, the PATH
 * hash table, and the only execve in the shell. */
#ifndef COSH_COMMAND_H
#define COSH_COMMAND_H

#include <stdbool.h>

struct shell;
struct builtin;
struct func;

struct hash_entry {
	struct hash_entry *next;
	char *name;  /* owned */
	char *path;  /* owned */
	int hits;
};

struct cmdhash {
	struct hash_entry *list;
};

enum command_kind {
	COMMAND_SPECIAL_BUILTIN,
	COMMAND_FUNCTION,
	COMMAND_BUILTIN,
	COMMAND_EXTERNAL,
	COMMAND_CONTAINER,
	COMMAND_NOT_FOUND,
};

struct command_found {
	enum command_kind kind;
	const struct builtin *builtin;
	struct func *func;
	const char *path;  /* external: owned by the hash table or the name */
	int error;         /* not found: 127 or 126 */
};

/* XCU 2.9.1.1 order. functions false skips functions (command builtin).
 * default_path true searches the default PATH (command -p). */
void command_search(struct shell *sh, const char *name, bool functions,
		    bool default_path, struct command_found *out);
/* Replaces the process with path (argv, env). Only returns on failure,
 * after printing the error, with 126 or 127 (ENOEXEC runs the file as a
 * cosh script in this process and does not return). */
int command_execve(struct shell *sh, const char *path, char **argv,
		   char **env);
/* The hash table (hash builtin, and PATH assignments clear it). */
void command_hash_clear(struct shell *sh);
const char *command_hash_lookup(struct shell *sh, const char *name);
void command_hash_add(struct shell *sh, const char *name, const char *path);
/* Finds name in PATH (or the default path); returns a malloc'd path or
 * NULL with *error set to 127 or 126. */
char *command_path_search(struct shell *sh, const char *name,
			  bool default_path, int *error);

#endif
