/* The builtin utilities: one sorted table, searched by name. */
#ifndef COSH_BUILTINS_H
#define COSH_BUILTINS_H

#include <stdbool.h>

struct shell;

typedef int builtin_fn(struct shell *sh, int argc, char **argv);

struct builtin {
	const char *name;
	builtin_fn *fn;
	bool special; /* XCU 2.15 special built-in */
};

/* Returns the builtin named name, or NULL. */
const struct builtin *builtins_find(const char *name);
/* The whole table, in name order; *count gets its length. */
const struct builtin *builtins_table(int *count);

/* Each builtin: argv[0] is its name; returns its exit status. Output goes
 * through sh->out (fd 1), diagnostics through error_print. */
builtin_fn builtin_alias, builtin_bg, builtin_break, builtin_cd,
	builtin_colon, builtin_command, builtin_continue, builtin_dot,
	builtin_echo, builtin_eval, builtin_exec, builtin_exit,
	builtin_export, builtin_false, builtin_fc, builtin_fg, builtin_getopts,
	builtin_hash, builtin_jobs, builtin_kill, builtin_local, builtin_printf,
	builtin_pwd, builtin_read, builtin_readonly, builtin_return,
	builtin_set, builtin_shift, builtin_test, builtin_times,
	builtin_trap, builtin_true, builtin_type, builtin_ulimit,
	builtin_umask, builtin_unalias, builtin_unset, builtin_wait;

/* type's description of one command name (also `command -V`, with
 * default_path for -p); who prefixes the not-found diagnostic. Returns 0,
 * or 127 when the name is not found. */
int type_describe(struct shell *sh, const char *name, bool default_path,
		  const char *who);

/* Prints "NAME: usage: USAGE" after a usage error; returns 2. */
int builtin_usage(struct shell *sh, const char *name, const char *usage);
/* Skips a leading "--" operand (XBD 12.2 guideline 10). Returns the index
 * of the first operand; an option other than "--" is reported with usage
 * and gives -1. */
int builtin_no_options(struct shell *sh, int argc, char **argv,
		       const char *usage);

#endif
