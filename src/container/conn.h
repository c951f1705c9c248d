/* One connection to the engine, whatever carries it (DESIGN.md §2):
 *  - a unix or tcp stream socket;
 *  - TLS over tcp through OpenSSL, when cosh is built with it
 *    (endpoint_set_tls says when the docker CLI would use it);
 *  - for ssh:// the system ssh client, started as the docker CLI starts it
 *    (docker/cli connhelper: ssh [-l USER] [-p PORT] -o ConnectTimeout=30
 *    -T -- HOST docker [--host unix://SOCKET] system dial-stdio), in a
 *    session of its own, its stdin and stdout one end of a socketpair and
 *    its stderr a pipe read when the connection fails. It is sent TERM
 *    when cosh itself dies (PR_SET_PDEATHSIG) and when the connection is
 *    closed, then waited for.
 * Every fd is registered with fdtab (>= 10, FD_CLOEXEC) and is
 * non-blocking: reads and writes return -1 with EAGAIN, and the caller
 * polls conn->fd for POLLIN (after checking conn_pending) or POLLOUT. */
#ifndef COSH_CONTAINER_CONN_H
#define COSH_CONTAINER_CONN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct api;
struct shell;

#define CONN_SSH_ERR_MAX 4096

struct conn {
	int fd;          /* the socket, or -1 */
	int err_fd;      /* ssh: the read end of its stderr, or -1 */
	pid_t pid;       /* ssh: the child, or 0 */
	void *tls;       /* the OpenSSL session over fd, or NULL */
	char err[256];   /* TLS: why the last read or write failed, or "" */
};

/* A closed connection (every fd -1). */
void conn_init(struct conn *c);

/* Opens c to a->ep: the connect within timeout_ms, and the TLS handshake
 * within the same bound; an ssh child is only started (its failures show
 * on the first exchange, see conn_ssh_message). Returns 0, or -1 with
 * a->error: API_ERR_CONNECT or _TIMEOUT (a->sys_errno), API_ERR_RESOLVE
 * (a->gai_error), API_ERR_TLS or API_ERR_SSH (a->message). */
int conn_open(struct api *a, struct conn *c, int timeout_ms);

/* read(2) and send(2) (without SIGPIPE) on the connection. */
ssize_t conn_read(struct conn *c, void *buf, size_t n);
ssize_t conn_write(struct conn *c, const void *buf, size_t n);
/* True when bytes are waiting inside the TLS layer, which poll does not
 * see: read them before polling. */
bool conn_pending(const struct conn *c);
/* Ends the sending side (the remote reads EOF); reading goes on. */
void conn_shutdown_write(struct conn *c);

/* For an ssh connection that failed: waits up to wait_ms for the child to
 * finish writing stderr and stores its last line (sanitised) in out, and
 * returns true; false when there is nothing to say (not ssh, or silent). */
bool conn_ssh_message(struct conn *c, char *out, size_t outlen, int wait_ms);

/* Closes the connection; an ssh child is sent TERM and waited for. */
void conn_close(struct shell *sh, struct conn *c);

#endif
