/* Evaluation of the AST (XCU 2.9). */
#ifndef COSH_EXEC_H
#define COSH_EXEC_H

#include <stdbool.h>

struct shell;
struct ast_node;

/* Runs node; returns its exit status (also stored in sh->exit_status).
 * Control flow (break, return, exit) is left in sh->flow. */
int exec_node(struct shell *sh, const struct ast_node *node);
/* Runs node in this forked process and exits with its status; its last
 * command may replace the process. */
_Noreturn void exec_in_child(struct shell *sh, const struct ast_node *node);
/* Runs one simple command (XCU 2.9.1): expansions, assignments,
 * redirections, then a builtin, function or program. In simple.c. */
int exec_simple(struct shell *sh, const struct ast_node *node);
/* Runs a program (or a container command) found by command_search with
 * argv, the exported variables plus assigns (NULL-terminated, may be NULL)
 * and redirs applied in the child. Forks unless sh->nofork. Returns the
 * exit status. */
struct command_found;
struct ast_redir;
int exec_program(struct shell *sh, char **argv, char **assigns,
		 const struct ast_redir *redirs,
		 const struct command_found *cf);
/* Parses and runs text as shell code (eval, trap actions, -c). name labels
 * diagnostics (NULL for the current source). Returns the status. */
int exec_string(struct shell *sh, const char *text, const char *name);
/* Runs the -c string of the invocation (set -v echoes it). */
int exec_command_string(struct shell *sh, const char *text);
/* Reads and runs commands at the terminal until end of input or exit;
 * a syntax error only discards its line. */
struct input;
int exec_interactive(struct shell *sh, struct input *in);
/* Runs the commands read from fd until end of file (script file, `.`,
 * stdin). Returns the status of the last command. */
int exec_file(struct shell *sh, int fd, const char *name);

#endif
