/* command (XCU command): run a simple command without function lookup,
 * or describe commands with -v and -V. */
#include <string.h>
#include <unistd.h>

#include "alias.h"
#include "builtins/builtins.h"
#include "command.h"
#include "error.h"
#include "exec.h"
#include "func.h"
#include "parse.h"
#include "shell.h"

#define COMMAND_USAGE "command [-p] [-v|-V] command [arg ...]"

/* command -v for one name, printed as dash does: the name of a builtin,
 * function or reserved word, an alias as its definition, the path of a
 * program. Returns 0, or 127 (dash) when it is not found. */
static int command_describe(struct shell *sh, const char *name,
			    bool default_path)
{
	const char *alias = alias_get(sh, name);
	if (parse_is_reserved(name)) {
		output_printf(&sh->out, "%s\n", name);
		return 0;
	}
	if (alias) {
		output_printf(&sh->out, "alias %s=", name);
		vars_quote(sh, alias);
		output_char(&sh->out, '\n');
		return 0;
	}
	struct command_found cf;
	command_search(sh, name, true, default_path, &cf);
	if (cf.kind == COMMAND_EXTERNAL && strchr(name, '/') &&
	    access(name, X_OK) != 0)
		cf.kind = COMMAND_NOT_FOUND;  /* a path names no program */
	switch (cf.kind) {
	case COMMAND_EXTERNAL:
		output_printf(&sh->out, "%s\n", cf.path);
		return 0;
	case COMMAND_NOT_FOUND:
		return 127;
	default:
		output_printf(&sh->out, "%s\n", name);
		return 0;
	}
}

/* Runs argv without looking up functions (XCU 2.9.1.1 via command). */
static int command_run(struct shell *sh, char **argv, bool default_path)
{
	struct command_found cf;
	command_search(sh, argv[0], false, default_path, &cf);
	int argc = 0;
	while (argv[argc])
		argc++;
	switch (cf.kind) {
	case COMMAND_SPECIAL_BUILTIN:
	case COMMAND_BUILTIN: {
		/* Special builtins lose their special error consequences. */
		sh->command_prefix++;
		int status = cf.builtin->fn(sh, argc, argv);
		sh->command_prefix--;
		return status;
	}
	case COMMAND_NOT_FOUND:
		if (cf.error == 126)
			error_print(sh, "%s: Permission denied", argv[0]);
		else
			error_print(sh, "%s: not found", argv[0]);
		return cf.error;
	default:
		return exec_program(sh, argv, NULL, NULL, &cf);
	}
}

int builtin_command(struct shell *sh, int argc, char **argv)
{
	bool default_path = false, describe = false, verbose = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'p')
				default_path = true;
			else if (*o == 'v')
				describe = true, verbose = false;
			else if (*o == 'V')
				describe = true, verbose = true;
			else
				return builtin_usage(sh, "command", COMMAND_USAGE);
		}
	}
	if (i >= argc)
		return 0;
	if (!describe)
		return command_run(sh, argv + i, default_path);
	int status = 0;
	for (; i < argc; i++) {
		int r = verbose ? type_describe(sh, argv[i], default_path, NULL)
			: command_describe(sh, argv[i], default_path);
		if (r != 0)
			status = r;
	}
	return status;
}
