/* trap (XCU trap, 2.11).
 *
 *   trap                      lists the conditions that are not default
 *   trap -p [condition...]    lists the given conditions, or all of them,
 *                             default ones as `trap -- - NAME`
 *                             (POSIX.1-2024; bash --posix prints the same)
 *   trap n [condition...]     first operand an unsigned decimal integer:
 *                             every operand is reset
 *   trap action condition...  "-" resets, "" ignores, else the command
 *
 * Conditions are EXIT, 0, a signal name with or without SIG (any case) or
 * a signal number. The output is `trap -- 'action' NAME`, quoted for
 * re-input. An invalid condition is reported and gives status 1 without
 * stopping the others; XCU trap says it must not abort the shell. A usage
 * error is a special built-in utility error (XCU 2.8.1). */
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <string.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"
#include "trap.h"

#define TRAP_USAGE "trap [-p] [action condition ...]"

/* Writes s in single quotes, with ' written as '\'' (XCU 2.2.3). */
static void trap_quote(struct shell *sh, const char *s)
{
	output_char(&sh->out, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			output_str(&sh->out, "'\\''");
		else
			output_char(&sh->out, *s);
	}
	output_char(&sh->out, '\'');
}

static void trap_print_one(struct shell *sh, int signo, bool with_default)
{
	const char *action = sh->traps.list_parent
		? sh->traps.parent_action[signo] : sh->traps.action[signo];
	if (sh->traps.list_parent && !action)
		action = sh->traps.action[signo];  /* ignored ones stay */
	const char *name = trap_signal_name(signo);

	if (!action && !with_default)
		return;
	output_str(&sh->out, "trap -- ");
	if (action)
		trap_quote(sh, action);
	else
		output_char(&sh->out, '-');
	if (name)
		output_printf(&sh->out, " %s\n", name);
	else
		output_printf(&sh->out, " %d\n", signo);
}

static void trap_print_all(struct shell *sh, bool with_default)
{
	for (int signo = 0; signo < TRAP_NSIG && signo < NSIG; signo++) {
		if (signo != 0 && !trap_signal_name(signo))
			continue;
		trap_print_one(sh, signo, with_default);
	}
}

/* Prints the conditions named in argv; returns the status. */
static int trap_print_named(struct shell *sh, int argc, char **argv)
{
	int status = 0;

	for (int i = 0; i < argc; i++) {
		int signo = trap_signal_number(argv[i]);
		if (signo < 0) {
			error_print(sh, "trap: %s: invalid signal specification",
				    argv[i]);
			status = 1;
			continue;
		}
		trap_print_one(sh, signo, true);
	}
	return status;
}

static bool trap_is_unsigned(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Applies action (NULL reset, "" ignore) to each condition. */
static int trap_apply(struct shell *sh, const char *action, int argc,
		      char **argv)
{
	int status = 0;

	for (int i = 0; i < argc; i++) {
		int signo = trap_signal_number(argv[i]);
		if (signo < 0) {
			error_print(sh, "trap: %s: invalid signal specification",
				    argv[i]);
			status = 1;
			continue;
		}
		if ((signo == SIGKILL || signo == SIGSTOP) && action) {
			error_print(sh, "trap: %s: cannot be trapped",
				    argv[i]);
			status = 1;
			continue;
		}
		/* -1 here: ignored at entry, silently kept (XCU trap). */
		sh->traps.list_parent = false;
		trap_set(sh, signo, action);
	}
	return status;
}

static int trap_usage(struct shell *sh)
{
	return error_consequence(sh, ERROR_SPECIAL_BUILTIN,
				 builtin_usage(sh, "trap", TRAP_USAGE));
}

int builtin_trap(struct shell *sh, int argc, char **argv)
{
	bool print = false;
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "-p") != 0)
			return trap_usage(sh);
		print = true;
	}
	argc -= i;
	argv += i;
	if (print) {
		if (argc == 0) {
			trap_print_all(sh, true);
			return 0;
		}
		return trap_print_named(sh, argc, argv);
	}
	if (argc == 0) {
		trap_print_all(sh, false);
		return 0;
	}
	if (trap_is_unsigned(argv[0]))
		return trap_apply(sh, NULL, argc, argv);
	if (argc == 1)
		return trap_usage(sh);
	if (strcmp(argv[0], "-") == 0)
		return trap_apply(sh, NULL, argc - 1, argv + 1);
	return trap_apply(sh, argv[0], argc - 1, argv + 1);
}
