/* break continue return exit (XCU 2.15): control flow travels as a value
 * in sh->flow, never as a jump. */
#include <stdlib.h>
#include <string.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

/* Parses a non-negative decimal operand; -1 when invalid. */
static long flow_number(const char *s)
{
	if (!*s)
		return -1;
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || v < 0)
		return -1;
	return v;
}

static int flow_loop(struct shell *sh, int argc, char **argv, enum flow kind)
{
	long n = 1;
	if (argc > 2) {
		error_print(sh, "%s: too many arguments", argv[0]);
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	}
	if (argc == 2 && (n = flow_number(argv[1])) < 1) {
		error_print(sh, "%s: %s: bad number", argv[0], argv[1]);
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	}
	/* Outside a loop POSIX leaves it unspecified: do nothing. */
	if (sh->loop_depth == 0)
		return 0;
	if (n > sh->loop_depth)
		n = sh->loop_depth;
	sh->flow = kind;
	sh->flow_levels = (int)n;
	return 0;
}

int builtin_break(struct shell *sh, int argc, char **argv)
{
	return flow_loop(sh, argc, argv, FLOW_BREAK);
}

int builtin_continue(struct shell *sh, int argc, char **argv)
{
	return flow_loop(sh, argc, argv, FLOW_CONTINUE);
}

/* The status operand of return and exit; without one, $? (or, in a trap
 * action, the $? from before the trap, XCU 2.15 exit). */
static int flow_status(struct shell *sh, int argc, char **argv, int *status)
{
	*status = sh->traps.running ? sh->traps.saved_status : sh->exit_status;
	if (argc < 2)
		return 0;
	if (argc > 2) {
		error_print(sh, "%s: too many arguments", argv[0]);
		return -1;
	}
	const char *s = argv[1];
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end) {
		error_print(sh, "%s: %s: bad number", argv[0], s);
		return -1;
	}
	*status = (int)(v & 0xff);
	return 0;
}

int builtin_return(struct shell *sh, int argc, char **argv)
{
	int status;
	if (flow_status(sh, argc, argv, &status) < 0)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	if (sh->func_depth == 0 && sh->dot_depth == 0) {
		error_print(sh, "return: not in a function or dot script");
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 1);
	}
	sh->flow = FLOW_RETURN;
	sh->exit_status = status;
	return status;
}

int builtin_exit(struct shell *sh, int argc, char **argv)
{
	int status;
	if (flow_status(sh, argc, argv, &status) < 0)
		status = 2;
	if (jobs_warn_stopped(sh))
		return 0;  /* the next exit leaves (dash) */
	sh->flow = FLOW_EXIT;
	sh->exit_status = status;
	return status;
}
