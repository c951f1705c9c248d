/* alias and unalias (XCU alias, XCU unalias). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"
#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

/* Writes name='value' with the value quoted for re-input (XCU alias,
 * STDOUT: "%s=%s\n"). */
static void alias_print(struct shell *sh, const char *name, const char *value)
{
	output_str(&sh->out, name);
	output_str(&sh->out, "='");
	for (const char *p = value; *p; p++) {
		if (*p == '\'')
			output_str(&sh->out, "'\\''");
		else
			output_char(&sh->out, *p);
	}
	output_str(&sh->out, "'\n");
}

/* Alias names (XCU 3.10) are letters, digits and ! % , - @ _; other shells
 * accept more, so only bytes that could never form one word, or that would
 * change its meaning, are refused. */
static bool alias_name_ok(const char *name, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if (strchr(" \t\n'\"\\$`/|&;<>()", name[i]))
			return false;
	return true;
}

/* Skips a leading "--" (XCU 1.4: utilities without options accept it). */
static int alias_first_operand(int argc, char **argv)
{
	return argc > 1 && strcmp(argv[1], "--") == 0 ? 2 : 1;
}

int builtin_alias(struct shell *sh, int argc, char **argv)
{
	int status = 0;
	int i = alias_first_operand(argc, argv);
	if (i >= argc) {
		for (struct alias *a = sh->aliases.list; a; a = a->next)
			alias_print(sh, a->name, a->value);
		return 0;
	}
	for (; i < argc; i++) {
		const char *eq = strchr(argv[i], '=');
		if (eq) {
			size_t len = (size_t)(eq - argv[i]);
			if (!alias_name_ok(argv[i], len)) {
				error_print(sh, "alias: %.*s: invalid alias "
					    "name", (int)len, argv[i]);
				status = 1;
				continue;
			}
			char *name = xstrndup(argv[i], len);
			alias_set(sh, name, eq + 1);
			free(name);
			continue;
		}
		const char *value = alias_get(sh, argv[i]);
		if (value) {
			alias_print(sh, argv[i], value);
		} else {
			error_print(sh, "alias: %s: not found", argv[i]);
			status = 1;
		}
	}
	return status;
}

int builtin_unalias(struct shell *sh, int argc, char **argv)
{
	int status = 0;
	int i = 1;
	if (argc > 1 && strcmp(argv[1], "-a") == 0) {
		alias_clear(sh);
		return 0;
	}
	if (argc > 1 && argv[1][0] == '-' && strcmp(argv[1], "--") != 0)
		return builtin_usage(sh, "unalias",
				     "unalias -a | unalias name ...");
	i = alias_first_operand(argc, argv);
	if (i >= argc)
		return builtin_usage(sh, "unalias",
				     "unalias -a | unalias name ...");
	for (; i < argc; i++) {
		if (alias_unset(sh, argv[i]) < 0) {
			error_print(sh, "unalias: %s: not found", argv[i]);
			status = 1;
		}
	}
	return status;
}
