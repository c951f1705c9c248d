/* Signals for the remote command. The Engine API cannot signal an exec'd
 * process, so every attached exec carries a random session token in its
 * environment (COSH_SESSION=<32 hex>, the only variable cosh adds), and a
 * signal reaches the processes that carry it:
 *  - engine on this host (a unix socket): the host pid that exec inspect
 *    reports (Docker), accepted only when /proc/PID/environ holds the
 *    token, which proves the engine's pid namespace is ours; then every
 *    process with the token in that pid namespace (the command and the
 *    children that kept its environment, like a process group). When
 *    inspect has no pid (Podman), /proc is searched for the token.
 *  - otherwise (or when no such process is visible here): a second,
 *    detached exec in the container, as the same user, runs sh, grep and
 *    kill to signal the processes that carry the token.
 * The session token never appears in argv or the streams. */
#ifndef COSH_CONTAINER_REMOTE_H
#define COSH_CONTAINER_REMOTE_H

#include <stdbool.h>
#include <stddef.h>

struct api;

#define REMOTE_ENV_NAME "COSH_SESSION"

struct remote {
	struct api *api;        /* the keep-alive connection (not the stream) */
	const char *exec_id;
	const char *container;  /* the name as typed */
	const char *user;       /* the session's user=, or NULL */
	char env[64];           /* "COSH_SESSION=<token>" */
	const char *how;        /* "host pid" or "exec" once one worked */
	char err[512];          /* why the last delivery failed */
};

/* Prepares rm and makes a fresh token (from getrandom). */
void remote_init(struct remote *rm, struct api *api, const char *container,
		 const char *user);

/* Sends sig to the remote command of exec exec_id (set rm->exec_id
 * first). Returns 0 when it was delivered (rm->how says how) or the
 * command has already ended, -1 with rm->err when no mechanism could. */
int remote_signal(struct remote *rm, int sig);

#endif
