/* exec (XCU 2.15 exec), as DESIGN.md §1 "exec, precisely" says. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "command.h"
#include "error.h"
#include "shell.h"
#ifdef COSH_CONTAINER
#include "container/container.h"
#endif

/* A failed exec ends a non-interactive shell (XCU 2.15 exec); an
 * interactive one reports and goes on. */
static int exec_failed(struct shell *sh, int status)
{
	if (!sh->opts.interactive) {
		sh->flow = FLOW_EXIT;
		sh->exit_status = status;
	}
	return status;
}

#ifdef COSH_CONTAINER
/* The shell becomes the container session: no fork, and no EXIT trap,
 * as when execve replaces the shell. */
static _Noreturn void exec_container(struct shell *sh, char **argv)
{
	output_flush(&sh->out);
	int status = container_run(sh, argv, sh->cmd_assigns);
	output_flush(&sh->out);
	_exit(status & 0xff);
}
#endif

int builtin_exec(struct shell *sh, int argc, char **argv)
{
	int first = builtin_no_options(sh, argc, argv, "exec [command [arg ...]]");
	if (first < 0)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	if (first >= argc) {
		/* Redirections stay; assignments already stayed. */
		sh->keep_redirs = true;
		return 0;
	}
	char **cmd = argv + first;
#ifdef COSH_CONTAINER
	if (container_is_prefix(cmd[0]))
		exec_container(sh, cmd);
#endif
	const char *path = cmd[0];
	char *found = NULL;
	if (!strchr(path, '/')) {
		int error;
		found = command_path_search(sh, path, false, &error);
		if (!found) {
			if (error == 126)
				error_print(sh, "exec: %s: Permission denied", path);
			else
				error_print(sh, "exec: %s: not found", path);
			return exec_failed(sh, error);
		}
		path = found;
	}
	char **env = vars_environ(sh, sh->cmd_assigns, (size_t)sh->cmd_nassigns);
	trap_reset_for_exec(sh);
	int status = command_execve(sh, path, cmd, env);
	/* Still here: the exec failed. Put the signals back as they were. */
	vars_free_environ(env);
	free(found);
	trap_restore(sh);
	return exec_failed(sh, status);
}
