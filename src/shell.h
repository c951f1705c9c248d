/* struct shell: the single object holding all mutable shell state. */
#ifndef COSH_SHELL_H
#define COSH_SHELL_H

#include <stdbool.h>
#include <sys/types.h>

#include "alias.h"
#include "arena.h"
#include "command.h"
#include "fdtab.h"
#include "func.h"
#include "history.h"
#include "jobs.h"
#include "options.h"
#include "output.h"
#include "redir.h"
#include "trap.h"
#include "vars.h"

/* How control leaves the command being executed (break, continue, return,
 * exit travel as values, never as longjmp). */
enum flow {
	FLOW_NONE,
	FLOW_BREAK,
	FLOW_CONTINUE,
	FLOW_RETURN,
	FLOW_EXIT,
	FLOW_INTERRUPT,  /* Ctrl-C: back to the prompt of an interactive shell */
};

struct input;
struct ast_chunk;
struct lineedit;

struct shell {
	struct output out;          /* buffered fd 1 for builtins */
	struct vars vars;
	struct params params;       /* $1 ... */
	struct options opts;
	struct func_table funcs;
	struct alias_table aliases;
	struct fdtab fdtab;
	struct redir_frame *redirs; /* innermost frame first */
	size_t redir_depth;
	struct traps traps;
	struct jobs jobs;
	struct cmdhash hash;
	struct input *input;        /* the innermost input being read */
	struct lineedit *lineedit;  /* the line editor, loaded on first use */
	struct history history;     /* interactive command history */

	int exit_status;            /* $? */
	int cmdsub_status;          /* status of the last $(...) in a word */
	enum flow flow;
	int flow_levels;            /* break/continue count */
	int loop_depth;
	int func_depth;
	int dot_depth;
	int errexit_off;            /* >0 where set -e is ignored (XCU 2.14) */
	int command_prefix;         /* >0 under `command`: special builtins
				       do not exit on error */
	bool exec_prefix;           /* running `exec` without a command */

	char *arg0;                 /* $0, owned */
	const char *source_name;    /* script name for diagnostics, or NULL */
	int lineno;                 /* current line for diagnostics */
	char lineno_text[24];       /* $LINENO as text */
	pid_t pid;                  /* $$ */
	pid_t last_async;           /* $!, 0 when none */
	bool subshell;              /* in a subshell of the main shell */
	bool ran_exit_trap;

	struct arena scratch;       /* expansion results of current command */
	struct ast_chunk *chunk;    /* memory of the code being executed */
	char **cmd_assigns;         /* expanded assignments of the builtin
				       being run ("name=value"), for exec */
	int cmd_nassigns;
	bool keep_redirs;           /* set by exec: the command's redirections
				       stay (XCU exec) */
	bool nofork;                /* this process may be replaced by the
				       next external command (a child) */
	int getopts_offset;         /* getopts: index in an option group */
};

/* Initialises every field; environ is imported. */
void shell_init(struct shell *sh, char **environ, const char *arg0);
/* Called in a forked child that runs shell code (subshell, pipeline
 * element, command substitution, async list): traps, jobs. */
void shell_enter_subshell(struct shell *sh);
/* Leaves the shell with status: runs the EXIT trap, flushes output. */
_Noreturn void shell_exit(struct shell *sh, int status);

#endif
