/* set and shift (XCU 2.15). */
#include <stdlib.h>
#include <string.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

#define SET_USAGE "set [-abCefhmnuvx] [-o option] [--] [arg ...]"

static void set_print_var(struct shell *sh, struct var *v, void *arg)
{
	(void)arg;
	if (!v->value)
		return;
	output_printf(&sh->out, "%s=", v->name);
	vars_quote(sh, v->value);
	output_char(&sh->out, '\n');
}

/* -o NAME / +o NAME; without NAME prints the options. */
static int set_long_option(struct shell *sh, bool on, const char *name)
{
	if (!name) {
		options_print(sh, !on);
		return 0;
	}
	if (options_set_name(sh, name, on) < 0) {
		error_print(sh, "set: %s: invalid option name", name);
		return -1;
	}
	return 0;
}

/* Parses the option words; returns the index of the first operand, or -1
 * on error. *operands tells whether operands replace "$@". */
static int set_options(struct shell *sh, int argc, char **argv,
		       bool *operands)
{
	int i = 1;
	*operands = false;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			*operands = true;
			return i + 1;
		}
		if (strcmp(a, "-") == 0) {
			/* Obsolescent: turns off -v and -x. */
			sh->opts.verbose = sh->opts.xtrace = false;
			*operands = i + 1 < argc;
			return i + 1;
		}
		if ((a[0] != '-' && a[0] != '+') || !a[1])
			break;
		bool on = a[0] == '-';
		for (const char *o = a + 1; *o; o++) {
			if (*o == 'o') {
				const char *name = i + 1 < argc ? argv[i + 1] : NULL;
				if (name)
					i++;
				if (set_long_option(sh, on, name) < 0)
					return -1;
				continue;
			}
			if (*o == 'i' || *o == 's' || options_set_letter(sh, *o, on) < 0) {
				error_print(sh, "set: %c%c: invalid option",
					    a[0], *o);
				builtin_usage(sh, "set", SET_USAGE);
				return -1;
			}
		}
	}
	*operands = i < argc;
	return i;
}

int builtin_set(struct shell *sh, int argc, char **argv)
{
	if (argc == 1) {
		vars_each_sorted(sh, set_print_var, NULL);
		return 0;
	}
	bool operands;
	int first = set_options(sh, argc, argv, &operands);
	if (first < 0)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	if (operands)
		params_set(&sh->params, argc - first, argv + first);
	return 0;
}

int builtin_shift(struct shell *sh, int argc, char **argv)
{
	long n = 1;
	int first = builtin_no_options(sh, argc, argv, "shift [n]");
	if (first < 0)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	if (first < argc) {
		char *end;
		n = strtol(argv[first], &end, 10);
		if (!*argv[first] || *end || n < 0) {
			error_print(sh, "shift: %s: bad number", argv[first]);
			return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
		}
	}
	if (n > sh->params.argc) {
		error_print(sh, "shift: can't shift that many");
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 1);
	}
	for (long i = 0; i < n; i++)
		free(sh->params.argv[i]);
	memmove(sh->params.argv, sh->params.argv + n,
		sizeof *sh->params.argv * (size_t)(sh->params.argc - n + 1));
	sh->params.argc -= (int)n;
	return 0;
}
