/* Shell variables and positional parameters (XCU 2.5). */
#ifndef COSH_VARS_H
#define COSH_VARS_H

#include <stdbool.h>
#include <stddef.h>

#include "options.h"

struct shell;

#define VAR_EXPORT   0x1u
#define VAR_READONLY 0x2u

struct var {
	struct var *next;
	char *name;   /* owned */
	char *value;  /* owned; NULL when unset but carrying attributes */
	unsigned flags;
};

/* What one `local` replaced, restored when its function returns. */
struct var_saved {
	struct var_saved *next;
	char *name;        /* owned; NULL for `local -` */
	char *value;       /* owned; NULL when it was unset */
	unsigned flags;
	bool existed;
	struct options *opts; /* owned; the options `local -` saved */
};

struct vars {
	struct var **buckets;
	size_t nbuckets;
	size_t count;
	struct var_saved *locals; /* the running function's, newest first */
};

/* $1 ... $n; the strings and the array are owned. */
struct params {
	int argc;
	char **argv;
};

/* PATH when the environment has none (dash's). */
#define VARS_DEFAULT_PATH \
	"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

/* Imports the environment (every variable exported) and sets IFS, PS1, PS2,
 * PS4, OPTIND and PPID as XCU 2.5.3 says, and PATH when unset. */
void vars_init(struct shell *sh, char **environ);
/* Returns the value or NULL when unset; valid until the variable changes. */
const char *vars_get(struct shell *sh, const char *name);
/* Returns the variable or NULL. */
struct var *vars_lookup(struct shell *sh, const char *name);
/* Sets name=value (value may be NULL to only add flags), adding flags.
 * A readonly variable is not changed: prints "NAME: is read only" and
 * returns -1. */
int vars_set(struct shell *sh, const char *name, const char *value,
	     unsigned flags);
/* Sets from "name=value". Same result as vars_set. */
int vars_assign(struct shell *sh, const char *assignment, unsigned flags);
/* Unsets; returns -1 (with a message) when readonly. */
int vars_unset(struct shell *sh, const char *name);
/* Length of the longest valid name at the start of s (0 if none). */
size_t vars_name_len(const char *s);
/* True when the whole string is a valid name (XCU 3.216). */
bool vars_is_name(const char *s);
/* Returns a NULL-terminated "name=value" array of the exported variables
 * plus the given extra assignments (which win); the caller frees it with
 * vars_free_environ. */
char **vars_environ(struct shell *sh, char *const *extra, size_t nextra);
void vars_free_environ(char **env);
/* Calls fn for each set-or-flagged variable in name order. */
void vars_each_sorted(struct shell *sh,
		      void (*fn)(struct shell *sh, struct var *v, void *arg),
		      void *arg);
/* Writes a value quoted so the shell reads it back unchanged. */
void vars_quote(struct shell *sh, const char *value);

/* A function call starts a scope of its own for `local`: returns the
 * caller's saved list, which vars_scope_leave takes back. Constant cost. */
struct var_saved *vars_scope_enter(struct shell *sh);
/* Restores every variable (and the options) that `local` saved in the
 * ending scope, newest first, then makes outer the current scope again. */
void vars_scope_leave(struct shell *sh, struct var_saved *outer);
/* Makes name local to the running function as dash does: the current
 * value and attributes are saved and kept; value (if not NULL) is then
 * assigned. Returns vars_set's result; -1 when readonly and value given.
 * name "-" saves the options instead. */
int vars_make_local(struct shell *sh, const char *name, const char *value);

/* Replaces the positional parameters with copies of argv[0..argc-1]. */
void params_set(struct params *p, int argc, char *const *argv);
void params_free(struct params *p);

#endif
