/* Passing a signal to the remote command (remote.h). */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "container/api.h"
#include "container/remote.h"

#define REMOTE_ENVIRON_MAX (256 * 1024)
#define REMOTE_START_TRIES 25       /* x 20 ms for the process to appear */

/* Inside the container: signal $1 to every process whose environment
 * holds the entry $2 (sh, tr, grep and kill are all it needs; grep
 * alone would stop at the first NUL of an environ file). */
#define REMOTE_KILL_SCRIPT \
	"for f in /proc/[0-9]*/environ; do " \
	"tr '\\0' '\\n' <\"$f\" 2>/dev/null | grep -qxF \"$2\" || continue; " \
	"p=${f%/environ}; p=${p#/proc/}; " \
	"[ \"$p\" = \"$$\" ] || kill -s \"$1\" \"$p\" 2>/dev/null; done"

void remote_init(struct remote *rm, struct api *api, const char *container,
		 const char *user)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char raw[16];
	size_t i, n;

	memset(rm, 0, sizeof(*rm));
	rm->api = api;
	rm->container = container;
	rm->user = user;
	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw)) {
		/* No entropy source: still unique enough per host and time. */
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		snprintf((char *)raw, sizeof(raw), "%08lx%07x",
			 (unsigned long)ts.tv_nsec ^ (unsigned long)ts.tv_sec,
			 (unsigned)getpid() & 0xfffffff);
	}
	n = (size_t)snprintf(rm->env, sizeof(rm->env), "%s=", REMOTE_ENV_NAME);
	for (i = 0; i < sizeof(raw); i++) {
		rm->env[n++] = hex[raw[i] >> 4];
		rm->env[n++] = hex[raw[i] & 15];
	}
	rm->env[n] = '\0';
}

/* The name kill -s takes for sig. */
static const char *remote_signame(int sig)
{
	switch (sig) {
	case SIGINT: return "INT";
	case SIGHUP: return "HUP";
	case SIGQUIT: return "QUIT";
	case SIGUSR1: return "USR1";
	case SIGUSR2: return "USR2";
	case SIGKILL: return "KILL";
	default: return "TERM";
	}
}

/* Whether /proc/PID/environ holds the session entry, exactly. */
static bool remote_has_token(const struct remote *rm, long pid)
{
	char path[64], *buf;
	size_t len = 0, elen = strlen(rm->env), i;
	bool found = false;
	ssize_t k;
	int fd;

	snprintf(path, sizeof(path), "/proc/%ld/environ", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	buf = xmalloc(REMOTE_ENVIRON_MAX + 1);
	while (len < REMOTE_ENVIRON_MAX &&
	       (k = read(fd, buf + len, REMOTE_ENVIRON_MAX - len)) > 0)
		len += (size_t)k;
	close(fd);
	buf[len] = '\0';
	for (i = 0; i < len && !found; i += strlen(buf + i) + 1)
		found = strncmp(buf + i, rm->env, elen) == 0 &&
			buf[i + elen] == '\0';
	free(buf);
	return found;
}

/* The pid namespace of pid ("" when unknown). */
static void remote_pidns(long pid, char *out, size_t outlen)
{
	char path[64];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%ld/ns/pid", pid);
	n = readlink(path, out, outlen - 1);
	out[n > 0 ? n : 0] = '\0';
}

/* Signals every process here that holds the token (in the pid namespace
 * ns unless ns is ""). Returns how many were signalled. */
static int remote_signal_holders(const struct remote *rm, const char *ns,
				 int sig)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	char other[128];
	int count = 0;

	if (!d)
		return 0;
	while ((e = readdir(d)) != NULL) {
		long pid;
		if (!isdigit((unsigned char)e->d_name[0]))
			continue;
		pid = strtol(e->d_name, NULL, 10);
		if (pid == (long)getpid())
			continue;
		if (ns[0]) {
			remote_pidns(pid, other, sizeof(other));
			if (strcmp(other, ns) != 0)
				continue;
		}
		if (remote_has_token(rm, pid) && kill((pid_t)pid, sig) == 0)
			count++;
	}
	closedir(d);
	return count;
}

/* The host-pid way. Returns 1 delivered, 0 the command has ended, -1
 * when this host cannot see the command's processes. */
static int remote_by_host(struct remote *rm, int sig)
{
	struct api_status st;
	char ns[128];
	int tries;

	if (rm->api->ep.kind != ENDPOINT_UNIX)
		return -1;
	for (tries = 0; tries < REMOTE_START_TRIES; tries++) {
		if (api_exec_inspect(rm->api, rm->exec_id, &st) < 0)
			return -1;
		if (!st.running && st.has_exit_code)
			return 0;
		ns[0] = '\0';
		if (st.pid > 0 && remote_has_token(rm, st.pid))
			remote_pidns(st.pid, ns, sizeof(ns));
		if ((st.pid > 0 && !ns[0]) && tries > 0)
			return -1;   /* a pid that is not ours to see */
		if (remote_signal_holders(rm, ns, sig) > 0)
			return 1;
		nanosleep(&(struct timespec){ .tv_nsec = 20000000 }, NULL);
	}
	return -1;
}

/* The second-exec way. Returns 0 or -1 (rm->err). */
static int remote_by_exec(struct remote *rm, int sig)
{
	char *argv[] = { "sh", "-c", REMOTE_KILL_SCRIPT, "sh",
			 (char *)remote_signame(sig), rm->env, NULL };
	char *env[] = { NULL };
	struct api_exec x = { .argv = argv, .env = env, .user = rm->user,
			      .detach = true };
	char id[65];

	if (api_exec_create(rm->api, rm->container, &x, id) < 0 ||
	    api_exec_start_detached(rm->api, id, &x) < 0) {
		snprintf(rm->err, sizeof(rm->err), "%s", rm->api->message[0] ?
			 rm->api->message : strerror(rm->api->sys_errno));
		return -1;
	}
	return 0;
}

int remote_signal(struct remote *rm, int sig)
{
	int r = remote_by_host(rm, sig);

	if (r >= 0) {
		rm->how = "host pid";
		return 0;
	}
	if (remote_by_exec(rm, sig) < 0)
		return -1;
	rm->how = "exec";
	return 0;
}
