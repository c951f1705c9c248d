/* export, readonly, unset (XCU 2.15). */
#include <stdlib.h>
#include <string.h>

#include "builtins/builtins.h"
#include "error.h"
#include "func.h"
#include "shell.h"

struct var_listing {
	unsigned flag;
	const char *word;
};

static void var_print(struct shell *sh, struct var *v, void *arg)
{
	const struct var_listing *l = arg;
	if (!(v->flags & l->flag))
		return;
	output_printf(&sh->out, "%s %s", l->word, v->name);
	if (v->value) {
		output_char(&sh->out, '=');
		vars_quote(sh, v->value);
	}
	output_char(&sh->out, '\n');
}

/* export and readonly: NAME[=VALUE]... or -p (XCU 2.15). */
static int var_flag_builtin(struct shell *sh, int argc, char **argv,
			    unsigned flag)
{
	int i = 1;
	bool print = false;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "-p") != 0) {
			builtin_usage(sh, argv[0],
				      flag == VAR_EXPORT ? "export [-p] [name[=value] ...]"
				      : "readonly [-p] [name[=value] ...]");
			return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
		}
		print = true;
	}
	if (i >= argc || print) {
		struct var_listing l = { flag, argv[0] };
		vars_each_sorted(sh, var_print, &l);
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		size_t n = vars_name_len(argv[i]);
		if (n == 0 || (argv[i][n] != '=' && argv[i][n] != '\0')) {
			error_print(sh, "%s: %s: bad variable name", argv[0], argv[i]);
			status = 1;
			continue;
		}
		if (vars_assign(sh, argv[i], flag) < 0)
			status = 1;
	}
	if (status)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, status);
	return 0;
}

int builtin_export(struct shell *sh, int argc, char **argv)
{
	return var_flag_builtin(sh, argc, argv, VAR_EXPORT);
}

int builtin_readonly(struct shell *sh, int argc, char **argv)
{
	return var_flag_builtin(sh, argc, argv, VAR_READONLY);
}

/* local [name[=value] | -]...: Debian Policy 10.4 and dash. Special like
 * dash's, so its errors end a non-interactive shell (XCU 2.8.1). */
int builtin_local(struct shell *sh, int argc, char **argv)
{
	if (sh->func_depth == 0) {
		error_print(sh, "local: not in a function");
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	}
	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	int status = 0;
	for (; i < argc; i++) {
		const char *a = argv[i];
		size_t n = vars_name_len(a);
		if (strcmp(a, "-") != 0 &&
		    (n == 0 || (a[n] != '=' && a[n] != '\0'))) {
			error_print(sh, "local: %s: bad variable name", a);
			status = 2;
			break;
		}
		char *name = n ? xstrndup(a, n) : xstrdup(a);
		int r = vars_make_local(sh, name, a[n] == '=' ? a + n + 1 : NULL);
		free(name);
		if (r < 0) {
			status = 2;
			break;
		}
	}
	if (status)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, status);
	return 0;
}

int builtin_unset(struct shell *sh, int argc, char **argv)
{
	bool functions = false, variables = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'f') {
				functions = true;
			} else if (*o == 'v') {
				variables = true;
			} else {
				builtin_usage(sh, "unset",
					      "unset [-f|-v] name ...");
				return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
			}
		}
	}
	int status = 0;
	for (; i < argc; i++) {
		if (functions && !variables) {
			func_unset(sh, argv[i]);
			continue;
		}
		if (!vars_is_name(argv[i])) {
			error_print(sh, "unset: %s: bad variable name", argv[i]);
			status = 1;
			continue;
		}
		if (vars_unset(sh, argv[i]) < 0)
			status = 1;
	}
	if (status)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, status);
	return 0;
}
