#include "shell.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void shell_init(struct shell *sh, char **environ, const char *arg0)
{
	memset(sh, 0, sizeof *sh);
	output_init(&sh->out, 1);
	sh->arg0 = xstrdup(arg0);
	sh->pid = getpid();
	sh->lineno = 0;  /* no input read yet: start-up (error.c) */
	vars_init(sh, environ);
	params_set(&sh->params, 0, NULL);
}

void shell_enter_subshell(struct shell *sh)
{
	sh->subshell = true;
	sh->history.pending = false;  /* the parent writes it */
	trap_reset_for_subshell(sh);
	jobs_forget_all(sh);
}

void shell_exit(struct shell *sh, int status)
{
	sh->exit_status = status;
	trap_run_exit(sh);
	history_save(sh);
	output_flush(&sh->out);
	jobs_end(sh);
	/* A subshell has written all it writes through sh->out: _exit skips
	 * the C library's exit work (and any stdio buffer copied from the
	 * parent), as dash does; about a quarter of a $(...) child's cost. */
	if (sh->subshell)
		_exit(sh->exit_status & 0xff);
	exit(sh->exit_status & 0xff);
}
