/* Connections to the engine: sockets, TLS, the ssh client (conn.h). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "command.h"
#include "container/api.h"
#include "container/conn.h"
#include "container/failure.h"
#include "container/tls.h"
#include "fdtab.h"
#include "jobs.h"
#include "vars.h"

void conn_init(struct conn *c)
{
	memset(c, 0, sizeof(*c));
	c->fd = -1;
	c->err_fd = -1;
}

static long long conn_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int conn_fail(struct api *a, enum api_error err, int sys_errno)
{
	a->error = err;
	a->sys_errno = sys_errno;
	if (err == API_ERR_CONNECT && sys_errno == ETIMEDOUT)
		a->error = API_ERR_TIMEOUT;
	return -1;
}

/* Registers *fdp with fdtab (moved high) and makes it non-blocking. */
static int conn_take(struct shell *sh, int *fdp)
{
	if (fdtab_take(sh, fdp) < 0) {
		int e = errno;
		close(*fdp);
		*fdp = -1;
		errno = e;
		return -1;
	}
	return fcntl(*fdp, F_SETFL, fcntl(*fdp, F_GETFL) | O_NONBLOCK);
}

/* The ssh command line of the docker CLI (conn.h). */
static char **conn_ssh_argv(const struct endpoint *ep, char *remote_host)
{
	char **argv = xcalloc(20, sizeof(*argv));
	size_t n = 0;

	argv[n++] = "ssh";
	if (ep->user[0]) {
		argv[n++] = "-l";
		argv[n++] = (char *)ep->user;
	}
	if (ep->port[0]) {
		argv[n++] = "-p";
		argv[n++] = (char *)ep->port;
	}
	argv[n++] = "-o";
	argv[n++] = "ConnectTimeout=30";
	argv[n++] = "-T";
	argv[n++] = "--";
	argv[n++] = (char *)ep->host;
	argv[n++] = "docker";
	if (ep->path[0]) {
		snprintf(remote_host, 128 + sizeof(ep->path), "unix://%s",
			 ep->path);
		argv[n++] = "--host";
		argv[n++] = remote_host;
	}
	argv[n++] = "system";
	argv[n++] = "dial-stdio";
	return argv;
}

/* In the child: the socket as stdin and stdout, the pipe as stderr, a
 * session of its own (terminal signals are cosh's to pass on), TERM when
 * cosh dies. Never returns. */
static void conn_ssh_child(struct shell *sh, const char *path, char **argv,
			   int sock, int errw, pid_t parent)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE,
				    SIGUSR1, SIGUSR2, SIGCHLD };
	sigset_t none;
	size_t i;

	setsid();
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() != parent)
		_exit(125);
	if (dup2(sock, 0) < 0 || dup2(sock, 1) < 0 || dup2(errw, 2) < 0)
		_exit(125);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		signal(sigs[i], SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	_exit(command_execve(sh, path, argv, vars_environ(sh, NULL, 0)));
}

static int conn_ssh(struct api *a, struct conn *c)
{
	char remote_host[128 + sizeof(a->ep.path)], **argv, *path;
	int sv[2], ep[2], err;
	pid_t parent = getpid();

	path = command_path_search(a->sh, "ssh", false, &err);
	if (!path) {
		snprintf(a->message, sizeof(a->message), "the ssh client "
			 "was not found in PATH");
		return conn_fail(a, API_ERR_SSH, 0);
	}
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
		free(path);
		return conn_fail(a, API_ERR_CONNECT, errno);
	}
	if (pipe2(ep, O_CLOEXEC) < 0) {
		err = errno;
		close(sv[0]);
		close(sv[1]);
		free(path);
		return conn_fail(a, API_ERR_CONNECT, err);
	}
	argv = conn_ssh_argv(&a->ep, remote_host);
	c->pid = jobs_fork(a->sh, NULL);
	if (c->pid == 0)
		conn_ssh_child(a->sh, path, argv, sv[1], ep[1], parent);
	err = errno;
	free(argv);
	free(path);
	close(sv[1]);
	close(ep[1]);
	c->fd = sv[0];
	c->err_fd = ep[0];
	if (c->pid < 0) {
		c->pid = 0;
		close(c->fd);
		close(c->err_fd);
		conn_init(c);
		return conn_fail(a, API_ERR_CONNECT, err);
	}
	if (conn_take(a->sh, &c->fd) < 0 || conn_take(a->sh, &c->err_fd) < 0) {
		err = errno;
		conn_close(a->sh, c);
		return conn_fail(a, API_ERR_CONNECT, err);
	}
	return 0;
}

int conn_open(struct api *a, struct conn *c, int timeout_ms)
{
	conn_init(c);
	if (a->ep.kind == ENDPOINT_SSH)
		return conn_ssh(a, c);
	c->fd = endpoint_connect(&a->ep, timeout_ms, &a->gai_error);
	if (c->fd < 0 && a->gai_error)
		return conn_fail(a, API_ERR_RESOLVE, 0);
	if (c->fd < 0)
		return conn_fail(a, API_ERR_CONNECT, errno);
	if (conn_take(a->sh, &c->fd) < 0) {
		int e = errno;
		conn_init(c);
		return conn_fail(a, API_ERR_CONNECT, e);
	}
#ifdef COSH_TLS
	if (a->ep.tls && tls_start(a, c, conn_now_ms() + timeout_ms) < 0) {
		conn_close(a->sh, c);
		return -1;
	}
#endif
	return 0;
}

ssize_t conn_read(struct conn *c, void *buf, size_t n)
{
#ifdef COSH_TLS
	if (c->tls)
		return tls_read(c, buf, n);
#endif
	return read(c->fd, buf, n);
}

ssize_t conn_write(struct conn *c, const void *buf, size_t n)
{
#ifdef COSH_TLS
	if (c->tls)
		return tls_write(c, buf, n);
#endif
	return send(c->fd, buf, n, MSG_NOSIGNAL);
}

bool conn_pending(const struct conn *c)
{
#ifdef COSH_TLS
	if (c->tls)
		return tls_pending(c);
#endif
	(void)c;
	return false;
}

void conn_shutdown_write(struct conn *c)
{
#ifdef COSH_TLS
	if (c->tls)
		tls_shutdown_write(c);
#endif
	shutdown(c->fd, SHUT_WR);
}

bool conn_ssh_message(struct conn *c, char *out, size_t outlen, int wait_ms)
{
	char buf[CONN_SSH_ERR_MAX + 1], *line, *p;
	long long deadline = conn_now_ms() + wait_ms;
	size_t len = 0;

	if (c->err_fd < 0)
		return false;
	while (len < CONN_SSH_ERR_MAX) {
		struct pollfd pf = { .fd = c->err_fd, .events = POLLIN };
		long long left = deadline - conn_now_ms();
		ssize_t k;
		if (left <= 0 || poll(&pf, 1, (int)left) <= 0)
			break;
		k = read(c->err_fd, buf + len, CONN_SSH_ERR_MAX - len);
		if (k <= 0 && !(k < 0 && (errno == EINTR || errno == EAGAIN)))
			break;
		if (k > 0)
			len += (size_t)k;
	}
	buf[len] = '\0';
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	line = buf;
	for (p = buf; *p; p++)
		if (*p == '\n' && p[1])
			line = p + 1;
	failure_sanitize(line);
	if (!*line)
		return false;
	snprintf(out, outlen, "%s", line);
	return true;
}

void conn_close(struct shell *sh, struct conn *c)
{
#ifdef COSH_TLS
	if (c->tls)
		tls_free(c);
#endif
	if (c->fd >= 0)
		fdtab_close(sh, &c->fd);
	if (c->err_fd >= 0)
		fdtab_close(sh, &c->err_fd);
	if (c->pid > 0) {
		int ws;
		kill(c->pid, SIGTERM);
		while (waitpid(c->pid, &ws, 0) < 0 && errno == EINTR)
			;
	}
	conn_init(c);
}
