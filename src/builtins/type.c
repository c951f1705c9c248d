/* type (XCU type) and `command -V`: how each name would be interpreted as
 * a command name, in the order the shell resolves it (reserved word,
 * alias, then XCU 2.9.1.1), in dash's wording and with dash's status 127
 * for a name that is not found (diagnosed on stderr, where cosh's
 * diagnostics go; dash writes it on stdout). */
#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>

#include "alias.h"
#include "builtins/builtins.h"
#include "command.h"
#include "error.h"
#include "shell.h"

/* XCU 2.4 reserved words. */
static bool type_is_keyword(const char *name)
{
	static const char *const words[] = {
		"!", "{", "}", "case", "do", "done", "elif", "else", "esac",
		"fi", "for", "if", "in", "then", "until", "while", NULL,
	};
	for (int i = 0; words[i]; i++)
		if (strcmp(name, words[i]) == 0)
			return true;
	return false;
}

/* A name with a slash is only described when it names an executable
 * regular file (command_search leaves that to execve). */
static bool type_file_ok(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
		(st.st_mode & 0111);
}

int type_describe(struct shell *sh, const char *name, bool default_path,
		  const char *who)
{
	const char *value;
	if (type_is_keyword(name)) {
		output_printf(&sh->out, "%s is a shell keyword\n", name);
		return 0;
	}
	if ((value = alias_get(sh, name)) != NULL) {
		output_printf(&sh->out, "%s is an alias for %s\n", name, value);
		return 0;
	}
	bool hashed = !strchr(name, '/') &&
		command_hash_lookup(sh, name) != NULL;
	struct command_found found;
	command_search(sh, name, true, default_path, &found);
	switch (found.kind) {
	case COMMAND_SPECIAL_BUILTIN:
		output_printf(&sh->out, "%s is a special shell builtin\n", name);
		return 0;
	case COMMAND_FUNCTION:
		output_printf(&sh->out, "%s is a shell function\n", name);
		return 0;
	case COMMAND_BUILTIN:
		output_printf(&sh->out, "%s is a shell builtin\n", name);
		return 0;
	case COMMAND_EXTERNAL:
		if (strchr(name, '/') && !type_file_ok(name))
			break;
		output_printf(&sh->out, "%s is %s%s\n", name,
			      hashed ? "a tracked alias for " : "",
			      found.path);
		return 0;
	case COMMAND_CONTAINER:
		output_printf(&sh->out, "%s is a container command\n", name);
		return 0;
	case COMMAND_NOT_FOUND:
		break;
	}
	error_print(sh, "%s%s%s: not found", who ? who : "", who ? ": " : "",
		    name);
	return 127;
}

int builtin_type(struct shell *sh, int argc, char **argv)
{
	int status = 0;
	int i = argc > 1 && strcmp(argv[1], "--") == 0 ? 2 : 1;
	for (; i < argc; i++)
		if (type_describe(sh, argv[i], false, "type") != 0)
			status = 127;
	return status;
}
