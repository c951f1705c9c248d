/* getopts (XCU getopts): getopts optstring name [arg...].
 *
 * OPTIND is the index (from 1) of the next argument to look at. Inside a
 * group of options such as "-abc", OPTIND already points past the group
 * (as in dash) and sh->getopts_offset is the index of the next option
 * character in that group, args[OPTIND-2]. The offset is only trusted
 * while it still fits that argument; `OPTIND=1` starts over because there
 * is no argument 0. OPTARG is set to the option-argument, or in silent mode
 * (optstring starting with ':') to the offending option character, and is
 * unset otherwise, as POSIX says (dash sets it to "" instead).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

struct getopts_state {
	struct shell *sh;
	const char *optstring;
	const char *name;
	char **args;   /* the arguments to parse, args[0] is number 1 */
	int nargs;
	int optind;    /* next argument index, from 1 */
	int offset;    /* position in args[optind - 2], 0 when none */
	bool silent;
};

/* Reads OPTIND: a value that is not a positive number counts as 1. */
static int getopts_read_optind(struct shell *sh)
{
	const char *s = vars_get(sh, "OPTIND");
	if (!s || !*s)
		return 1;
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || v < 1 || v > 0x7fffffff)
		return 1;
	return (int)v;
}

/* Stores OPTIND, the name and OPTARG (NULL unsets OPTARG). */
static int getopts_store(struct getopts_state *st, char c, const char *optarg)
{
	char buf[24];
	char val[2] = { c, '\0' };
	int rc = 0;
	snprintf(buf, sizeof buf, "%d", st->optind);
	st->sh->getopts_offset = st->offset;
	if (vars_set(st->sh, "OPTIND", buf, 0) < 0)
		rc = -1;
	if (optarg) {
		if (vars_set(st->sh, "OPTARG", optarg, 0) < 0)
			rc = -1;
	} else if (vars_unset(st->sh, "OPTARG") < 0) {
		rc = -1;
	}
	if (vars_set(st->sh, st->name, val, 0) < 0)
		rc = -1;
	return rc;
}

/* The end of the options: name is set to '?' and the status is 1. */
static int getopts_end(struct getopts_state *st)
{
	st->offset = 0;
	return getopts_store(st, '?', NULL) < 0 ? 2 : 1;
}

/* Returns the next option character, moving past it, or '\0' at the end
 * of the options. */
static char getopts_next_char(struct getopts_state *st)
{
	if (st->offset > 0 && st->optind >= 2 &&
	    st->optind - 2 < st->nargs) {
		const char *cur = st->args[st->optind - 2];
		if (cur[0] == '-' && (size_t)st->offset < strlen(cur))
			return cur[st->offset++];
	}
	st->offset = 0;
	if (st->optind > st->nargs)
		return '\0';
	const char *arg = st->args[st->optind - 1];
	if (arg[0] != '-' || arg[1] == '\0')
		return '\0';
	st->optind++;
	if (strcmp(arg, "--") == 0)
		return '\0';
	st->offset = 2;
	return arg[1];
}

/* After an option that takes an argument: the rest of the group cur, or
 * the next argument. Returns NULL when it is missing. */
static const char *getopts_take_arg(struct getopts_state *st,
				    const char *cur)
{
	const char *rest = cur + st->offset;
	st->offset = 0;
	if (*rest)
		return rest;
	if (st->optind > st->nargs)
		return NULL;
	return st->args[st->optind++ - 1];
}

/* One option: XCU getopts. Returns the status. */
static int getopts_one(struct getopts_state *st)
{
	char c = getopts_next_char(st);
	if (c == '\0')
		return getopts_end(st);
	const char *cur = st->args[st->optind - 2];
	const char *spec = c == ':' ? NULL : strchr(st->optstring, c);
	char opt[2] = { c, '\0' };
	const char *optarg;

	if (spec && spec[1] == ':') {
		optarg = getopts_take_arg(st, cur);
		if (optarg)
			return getopts_store(st, c, optarg) < 0 ? 2 : 0;
		if (st->silent)
			return getopts_store(st, ':', opt) < 0 ? 2 : 0;
		error_print(st->sh, "option requires an argument -- %c", c);
		return getopts_store(st, '?', NULL) < 0 ? 2 : 0;
	}
	if (cur[st->offset] == '\0')
		st->offset = 0;
	if (spec)
		return getopts_store(st, c, NULL) < 0 ? 2 : 0;
	if (!st->silent)
		error_print(st->sh, "illegal option -- %c", c);
	return getopts_store(st, '?', st->silent ? opt : NULL) < 0 ? 2 : 0;
}

int builtin_getopts(struct shell *sh, int argc, char **argv)
{
	/* getopts has no options: a first "--" is discarded (XBD 12.2). */
	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc < 3)
		return builtin_usage(sh, "getopts",
				     "getopts optstring name [arg ...]");
	if (!vars_is_name(argv[2])) {
		error_print(sh, "getopts: %s: bad variable name", argv[2]);
		return 2;
	}
	struct getopts_state st = {
		.sh = sh,
		.optstring = argv[1],
		.name = argv[2],
		.silent = argv[1][0] == ':',
		.optind = getopts_read_optind(sh),
		.offset = sh->getopts_offset,
	};
	if (st.silent)
		st.optstring++;
	if (argc > 3) {
		st.args = argv + 3;
		st.nargs = argc - 3;
	} else {
		st.args = sh->params.argv;
		st.nargs = sh->params.argc;
	}
	return getopts_one(&st);
}
