/* Container mode (DESIGN.md §2): a command named "container:NAME[,OPT...]"
 * runs in the running container NAME through the Docker Engine API (also
 * Podman's Docker-compatible API). This is the whole interface exec.c sees;
 * the socket, HTTP, JSON, stream and tty work stays in src/container/. */
#ifndef COSH_CONTAINER_H
#define COSH_CONTAINER_H

#include <stdbool.h>

struct shell;
struct ast_redir;

/* True when name is a container: prefix command name ("container:" then a
 * non-empty NAME, no '/' in NAME; option values such as workdir=/tmp may
 * contain '/'). */
bool container_is_prefix(const char *name);

/* Runs argv[1..] in the container named by argv[0]
 * ("container:NAME[,OPT...]"), with exactly the env entries ("k=v",
 * NULL-terminated, may be empty) as remote environment. Uses fds 0, 1, 2 as
 * they are (the shell has applied redirections already; sh->out is
 * flushed). Never forks. Returns the exit status: the remote status, 127 or
 * 126 when the command is not found or not executable in the container, 125
 * for engine or container failures (one line via error_print naming the
 * container and the cause), 2 for usage errors (unknown option named, no
 * command: a usage line). Every fd it opens lives at 10 or above with
 * FD_CLOEXEC and is closed again before it returns; the terminal is left
 * as it was found. */
int container_run(struct shell *sh, char *const argv[], char *const env[]);

/* The rule that only fds 0, 1 and 2 reach a container (DESIGN.md §2),
 * checked before any redirection is made, with or without `exec`: when
 * redirs name a higher fd, prints one line naming word (the container
 * command name) and the fd and returns 2; else returns 0. */
int container_check_redirs(struct shell *sh, const char *word,
			   const struct ast_redir *redirs);

#endif
