/* hash (XCU hash): hash [-r] [name...].
 *
 * Without operands the remembered commands are listed, one path per line
 * (dash's format). -r forgets them all. Each name is searched as a command
 * (XCU 2.9.1.1) and, when found in PATH, remembered; a name that is a
 * builtin or a function, or that contains a slash, is left alone (as in
 * dash). A name not found is diagnosed and makes the status 1.
 */
#include <stdbool.h>
#include <string.h>

#include "builtins/builtins.h"
#include "command.h"
#include "error.h"
#include "shell.h"

/* Searches name and remembers its path. Returns 0 or 1. */
static int hash_name(struct shell *sh, const char *name)
{
	struct command_found found;
	if (strchr(name, '/'))
		return 0;
	command_search(sh, name, true, false, &found);
	if (found.kind == COMMAND_NOT_FOUND) {
		error_print(sh, "hash: %s: %s", name, found.error == 126 ?
			    "permission denied" : "not found");
		return 1;
	}
	/* The search may have remembered it already. */
	if (found.kind == COMMAND_EXTERNAL && !command_hash_lookup(sh, name))
		command_hash_add(sh, name, found.path);
	return 0;
}

/* Writes the remembered paths. A name may be listed more than once when a
 * stale entry was superseded: the first one is the one in use. */
static void hash_list(struct shell *sh)
{
	for (struct hash_entry *e = sh->hash.list; e; e = e->next) {
		bool shadowed = false;
		for (struct hash_entry *f = sh->hash.list; f != e; f = f->next)
			if (strcmp(f->name, e->name) == 0)
				shadowed = true;
		if (!shadowed)
			output_printf(&sh->out, "%s\n", e->path);
	}
}

int builtin_hash(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	int status = 0;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strcmp(argv[i], "-r") != 0)
			return builtin_usage(sh, "hash", "hash [-r] [name ...]");
		command_hash_clear(sh);
	}
	if (i >= argc && argc == 1) {
		hash_list(sh);
		return 0;
	}
	for (; i < argc; i++)
		status |= hash_name(sh, argv[i]);
	return status;
}
