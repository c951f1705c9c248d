#include "builtins/builtins.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "shell.h"

/* Sorted by name for bsearch. XCU 2.15 lists the special builtins. */
static const struct builtin builtin_table[] = {
	{ ".", builtin_dot, true },
	{ ":", builtin_colon, true },
	{ "[", builtin_test, false },
	{ "alias", builtin_alias, false },
	{ "bg", builtin_bg, false },
	{ "break", builtin_break, true },
	{ "cd", builtin_cd, false },
	{ "command", builtin_command, false },
	{ "continue", builtin_continue, true },
	{ "echo", builtin_echo, false },
	{ "eval", builtin_eval, true },
	{ "exec", builtin_exec, true },
	{ "exit", builtin_exit, true },
	{ "export", builtin_export, true },
	{ "false", builtin_false, false },
	{ "fc", builtin_fc, false },
	{ "fg", builtin_fg, false },
	{ "getopts", builtin_getopts, false },
	{ "hash", builtin_hash, false },
	{ "jobs", builtin_jobs, false },
	{ "kill", builtin_kill, false },
	{ "local", builtin_local, true },
	{ "printf", builtin_printf, false },
	{ "pwd", builtin_pwd, false },
	{ "read", builtin_read, false },
	{ "readonly", builtin_readonly, true },
	{ "return", builtin_return, true },
	{ "set", builtin_set, true },
	{ "shift", builtin_shift, true },
	{ "test", builtin_test, false },
	{ "times", builtin_times, true },
	{ "trap", builtin_trap, true },
	{ "true", builtin_true, false },
	{ "type", builtin_type, false },
	{ "ulimit", builtin_ulimit, false },
	{ "umask", builtin_umask, false },
	{ "unalias", builtin_unalias, false },
	{ "unset", builtin_unset, true },
	{ "wait", builtin_wait, false },
};

#define BUILTIN_COUNT (sizeof builtin_table / sizeof *builtin_table)

static int builtin_compare(const void *key, const void *entry)
{
	const char *a = key, *b = ((const struct builtin *)entry)->name;
	/* The first byte decides most steps of the search without a call. */
	if (a[0] != b[0])
		return (unsigned char)a[0] - (unsigned char)b[0];
	return strcmp(a, b);
}

const struct builtin *builtins_find(const char *name)
{
	return bsearch(name, builtin_table, BUILTIN_COUNT,
		       sizeof *builtin_table, builtin_compare);
}

const struct builtin *builtins_table(int *count)
{
	*count = (int)BUILTIN_COUNT;
	return builtin_table;
}

int builtin_usage(struct shell *sh, const char *name, const char *usage)
{
	error_print(sh, "%s: usage: %s", name, usage);
	return 2;
}

int builtin_no_options(struct shell *sh, int argc, char **argv,
		       const char *usage)
{
	if (argc > 1 && argv[1][0] == '-' && argv[1][1]) {
		if (strcmp(argv[1], "--") == 0)
			return 2;
		error_print(sh, "%s: %s: invalid option", argv[0], argv[1]);
		builtin_usage(sh, argv[0], usage);
		return -1;
	}
	return 1;
}
