/* Container mode's entry point: from "container:NAME[,OPT...] argv" to an
 * exit status (DESIGN.md §2). */
#include <errno.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "container/api.h"
#include "container/container.h"
#include "container/conn.h"
#include "container/context.h"
#include "container/endpoint.h"
#include "container/failure.h"
#include "container/remote.h"
#include "container/session.h"
#include "container/spec.h"
#include "container/tty.h"
#include "error.h"
#include "redir.h"
#include "strbuf.h"
#include "vars.h"

#define CONTAINER_USAGE "usage: container:NAME[,user=USER[:GROUP]]" \
	"[,workdir=DIR][,tty|notty][,detach][,privileged] COMMAND [ARG...]"

/* Which request an engine error answered. */
enum container_op {
	CONTAINER_OP_CONNECT,
	CONTAINER_OP_CREATE,
	CONTAINER_OP_START,
	CONTAINER_OP_INSPECT,
};

/* Everything one run owns; it stays in place because fdtab keeps pointers
 * to the fds inside api. */
struct container_run {
	struct shell *sh;
	struct spec spec;
	struct api api;
	struct api_exec exec;
	struct tty tty;
	struct remote remote;
	char **env;           /* the exec's environment, with the token */
	bool pipe_default;    /* SIGPIPE was SIG_DFL before the session */
	char id[65];
};

bool container_is_prefix(const char *name)
{
	return spec_is_prefix(name);
}

/* An engine setting: an assignment written before the command wins, then
 * an exported shell variable. */
static const char *container_setting(struct shell *sh, char *const env[],
				     const char *name)
{
	size_t n = strlen(name), i;
	struct var *v;

	for (i = 0; env && env[i]; i++)
		if (strncmp(env[i], name, n) == 0 && env[i][n] == '=')
			return env[i] + n + 1;
	v = vars_lookup(sh, name);
	if (v && (v->flags & VAR_EXPORT) && v->value && v->value[0])
		return v->value;
	return NULL;
}

/* Reports an HTTP error answer; returns the status. */
static int container_http_error(struct container_run *r, enum container_op op)
{
	struct api *a = &r->api;
	const char *name = r->spec.name, *m = a->message;
	int st = a->http_status;

	if (strstr(m, "is paused")) {
		error_print_bare(r->sh, "container %s is paused, unpause the "
			    "container before exec", name);
	} else if ((op == CONTAINER_OP_CREATE && st == 404) ||
		   strstr(m, "no such container") ||
		   strstr(m, "No such container")) {
		error_print_bare(r->sh, "container %s: no such container", name);
	} else if (strstr(m, "not running") || strstr(m, "state improper") ||
		   strstr(m, "on running containers") ||
		   (op == CONTAINER_OP_START && st == 404)) {
		error_print_bare(r->sh, "container %s is not running", name);
	} else if (op == CONTAINER_OP_START &&
		   failure_status(m, -1) != -1) {
		error_print_bare(r->sh, "container %s: %s", name, m);
		return failure_status(m, -1);
	} else {
		error_print_bare(r->sh, "container %s: engine error (HTTP %d): %s",
			    name, st, m);
	}
	return 125;
}

/* The one message for a connection that broke while the command ran,
 * whichever way the engine let it break (a reset, a close without the
 * exit status, a failed inspect afterwards). */
static void container_broke(struct container_run *r)
{
	error_print_bare(r->sh, "container %s: the connection to the engine "
		    "at %s broke before the command ended", r->spec.name,
		    r->api.ep.url);
}

/* Reports a failed API call; returns the status (125, or 126/127 for a
 * start failure the engine answered as an HTTP error). */
static int container_api_error(struct container_run *r, enum container_op op)
{
	struct api *a = &r->api;
	const char *name = r->spec.name, *url = a->ep.url;

	switch (a->error) {
	case API_ERR_CONNECT:
		if (a->sys_errno == EACCES || a->sys_errno == EPERM)
			error_print_bare(r->sh, "container %s: permission denied on "
				    "the engine socket %s", name, url);
		else
			error_print_bare(r->sh, "container %s: cannot connect to the "
				    "engine at %s: %s", name, url,
				    strerror(a->sys_errno));
		break;
	case API_ERR_TIMEOUT:
		error_print_bare(r->sh, "container %s: the engine at %s did not "
			    "answer in time", name, url);
		break;
	case API_ERR_RESOLVE:
		if (a->gai_error == EAI_NONAME || a->gai_error == EAI_NODATA)
			error_print_bare(r->sh, "container %s: the engine host "
				    "name %s was not found (%s)", name,
				    a->ep.host, url);
		else
			error_print_bare(r->sh, "container %s: cannot look up "
				    "the engine host name %s (%s): %s", name,
				    a->ep.host, url, gai_strerror(a->gai_error));
		break;
	case API_ERR_PROTOCOL:
		error_print_bare(r->sh, "container %s: bad answer from the engine "
			    "at %s: %s", name, url, a->message[0] ? a->message
			    : strerror(a->sys_errno));
		break;
	case API_ERR_BROKEN:
		if (op == CONTAINER_OP_INSPECT)
			container_broke(r);
		else
			error_print_bare(r->sh, "container %s: the connection to "
				    "the engine at %s broke: %s", name, url,
				    strerror(a->sys_errno));
		break;
	case API_ERR_SSH:
		error_print_bare(r->sh, "container %s: ssh to the engine at %s "
			    "failed: %s", name, url, a->message);
		break;
	case API_ERR_TLS:
		error_print_bare(r->sh, "container %s: TLS with the engine at "
			    "%s failed: %s", name, url, a->message);
		break;
	case API_ERR_HTTP:
		return container_http_error(r, op);
	default:
		error_print_bare(r->sh, "container %s: %s", name, a->message);
		break;
	}
	return 125;
}

/* A setting for context_endpoint: NULL when unset or empty. */
static const char *container_opt(struct container_run *r, char *const env[],
				 const char *name)
{
	const char *v = container_setting(r->sh, env, name);

	return v && *v ? v : NULL;
}

/* The settings that pick the engine (context.h). */
static void container_settings(struct container_run *r, char *const env[],
			       struct context_settings *cs)
{
	*cs = (struct context_settings){
		.docker_host = container_opt(r, env, "DOCKER_HOST"),
		.docker_context = container_opt(r, env, "DOCKER_CONTEXT"),
		.docker_config = container_opt(r, env, "DOCKER_CONFIG"),
		.home = container_opt(r, env, "HOME"),
		.container_host = container_opt(r, env, "CONTAINER_HOST"),
		.xdg_runtime_dir = container_opt(r, env, "XDG_RUNTIME_DIR"),
		.root = geteuid() == 0,
	};
}

/* The engine address, as the docker CLI picks it (context.h). */
static int container_endpoint(struct container_run *r, char *const env[],
			      char *url, size_t urllen, char *from,
			      size_t fromlen, char *err, size_t errlen)
{
	struct context_settings cs;

	container_settings(r, env, &cs);
	return context_endpoint(&cs, url, urllen, from, fromlen, err, errlen);
}

/* TLS from the context named from (context.h): its store's ca.pem, when
 * there is one, else the system's CAs. */
static void container_context_tls(struct container_run *r, char *const env[],
				  const char *from, struct endpoint *ep)
{
	struct context_settings cs;
	char dir[2048];
	bool tls, verify;
	struct stat st;

	container_settings(r, env, &cs);
	if (context_tls(&cs, from, &tls, &verify, dir, sizeof(dir)) < 0)
		return;
	endpoint_set_tls(ep, tls, verify, dir);
	if (ep->ca[0] && stat(ep->ca, &st) != 0)
		ep->ca[0] = '\0';
}

/* DOCKER_TLS, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (endpoint.h), or the
 * TLS of the context the address came from (from not ""), as the docker
 * CLI takes them. TLS is never dropped silently: without OpenSSL, or on
 * a unix socket, it is an error. Returns 0 or -1 (reported). */
static int container_tls(struct container_run *r, char *const env[],
			 const char *from, struct endpoint *ep)
{
	const char *dir = container_opt(r, env, "DOCKER_CERT_PATH");
	const char *home = container_opt(r, env, "HOME");
	char def[512];

	if (!dir) {
		dir = container_opt(r, env, "DOCKER_CONFIG");
		if (!dir) {
			snprintf(def, sizeof(def), "%s/.docker",
				 home ? home : "");
			dir = def;
		}
	}
	if (from[0])
		container_context_tls(r, env, from, ep);
	else
		endpoint_set_tls(ep, container_opt(r, env, "DOCKER_TLS") != NULL,
				 container_opt(r, env, "DOCKER_TLS_VERIFY") !=
				 NULL, dir);
	if (!ep->tls)
		return 0;
	if (ep->kind == ENDPOINT_UNIX) {
		error_print_bare(r->sh, "container %s: TLS (DOCKER_TLS_VERIFY, "
			    "DOCKER_TLS) is for tcp:// engines, not %s",
			    r->spec.name, ep->url);
		return -1;
	}
#ifndef COSH_TLS
	error_print_bare(r->sh, "container %s: TLS to the engine "
		    "(DOCKER_TLS_VERIFY, DOCKER_TLS) is not supported: cosh "
		    "was built without OpenSSL", r->spec.name);
	return -1;
#else
	return 0;
#endif
}

/* Parses the command word and the engine settings. Returns 0, or the
 * status to return (2 usage, 125 bad engine settings). */
static int container_prepare(struct container_run *r, char *const argv[],
			     char *const env[])
{
	struct endpoint ep;
	char err[512], url[sizeof(ep.url)], from[256];

	if (spec_parse(argv[0], &r->spec, err, sizeof(err)) < 0 || !argv[1]) {
		if (r->spec.name && !argv[1])
			snprintf(err, sizeof(err), "no command");
		error_print(r->sh, "%s: %s", argv[0], err);
		error_print(r->sh, "%s", CONTAINER_USAGE);
		return 2;
	}
	if (container_endpoint(r, env, url, sizeof(url), from,
			       sizeof(from), err, sizeof(err)) < 0) {
		error_print_bare(r->sh, "container %s: %s", r->spec.name, err);
		return 125;
	}
	if (endpoint_parse(url, &ep, err, sizeof(err)) < 0) {
		if (from[0])
			error_print_bare(r->sh, "container %s: context \"%s\": "
				    "%s", r->spec.name, from, err);
		else
			error_print_bare(r->sh, "container %s: %s",
				    r->spec.name, err);
		return 125;
	}
	if (container_tls(r, env, from, &ep) < 0)
		return 125;
	api_init(&r->api, r->sh, &ep);
	return 0;
}

/* Exec inspect after the stream ended. The engine sets the exit code
 * before it closes the stream; a few short retries cover an engine that
 * is slower to say so. Returns 0 or -1 (reported, status in *status). */
static int container_inspect(struct container_run *r, struct api_status *st,
			     int *status)
{
	int tries;

	for (tries = 0; tries < 20; tries++) {
		if (api_exec_inspect(&r->api, r->id, st) < 0) {
			*status = container_api_error(r, CONTAINER_OP_INSPECT);
			return -1;
		}
		if (!st->running && st->has_exit_code)
			return 0;
		nanosleep(&(struct timespec){ .tv_nsec = 10000000 }, NULL);
	}
	container_broke(r);
	*status = 125;
	return -1;
}

/* Writing the output failed after the command started: the local side
 * went, and the remote command was stopped (session.h). A closed pipe
 * ends cosh as it ends a local command, by SIGPIPE (status 141) when
 * SIGPIPE was not ignored; otherwise a message and status 1, the status
 * of a local utility whose output fails; never 125, which says the
 * command did not start. */
static int container_output_failed(struct container_run *r, int e)
{
	if (e == EPIPE && r->pipe_default) {
		api_close(&r->api);
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
		return 128 + SIGPIPE;
	}
	error_print_bare(r->sh, "container %s: write error: %s", r->spec.name,
		    strerror(e));
	return 1;
}

/* The stream ended cleanly: the status, or a start failure reported from
 * the held-back text. */
static int container_status(struct container_run *r, struct session *s)
{
	struct api_status st;
	char text[SESSION_HOLD_MAX + 1];
	int status;

	if (container_inspect(r, &st, &status) < 0) {
		session_flush_held(s);
		return status;
	}
	if (st.exit_code >= 126 && st.pid == 0 &&
	    session_held_text(s, text, sizeof(text)) &&
	    failure_match_start(text, strlen(text)) == FAILURE_YES) {
		char *m = failure_sanitize(text);
		session_drop_held(s);
		if (strncmp(m, "Error: ", 7) == 0)
			m += 7;                   /* podman's prefix */
		error_print_bare(r->sh, "container %s: %s", r->spec.name, m);
		return failure_status(m, st.exit_code);
	}
	if (session_flush_held(s) < 0)
		return container_output_failed(r, errno);
	if (s->syserr_len) {
		error_print_bare(r->sh, "container %s: engine error: %s",
			    r->spec.name, failure_sanitize(s->syserr));
		return 125;
	}
	return st.exit_code & 0xff;
}

/* How the session ended -> status, after the terminal is restored. */
static int container_end(struct container_run *r, struct session *s,
			 enum session_end end)
{
	const char *name = r->spec.name;

	if (end == SESSION_EOF)
		return container_status(r, s);
	session_flush_held(s);
	switch (end) {
	case SESSION_SIGNAL:
		/* Not passed on: end as the signal's default action would,
		 * the remote command left running (cosh.1 says so). */
		error_print_bare(r->sh, "container %s: cannot pass signal %d on "
			    "to the remote command: %s", name, s->signal,
			    r->remote.err);
		api_close(&r->api);
		signal(s->signal, SIG_DFL);
		raise(s->signal);
		return 128 + s->signal;
	case SESSION_OUTPUT:
		return container_output_failed(r, s->sys_errno);
	case SESSION_POLL:
		error_print_bare(r->sh, "container %s: waiting for the stream "
			    "failed: %s", name, strerror(s->sys_errno));
		remote_signal(&r->remote, SIGTERM);
		return 1;
	case SESSION_SILENT:
		if (r->api.error == API_ERR_TIMEOUT)
			error_print_bare(r->sh, "container %s: the engine at %s "
				    "stopped answering before the command "
				    "ended (no answer within %d seconds)", name,
				    r->api.ep.url, API_PROBE_MS / 1000);
		else
			error_print_bare(r->sh, "container %s: the engine at %s "
				    "stopped answering before the command "
				    "ended (%s)", name, r->api.ep.url,
				    r->api.message[0] ? r->api.message :
				    strerror(s->sys_errno));
		break;
	case SESSION_PROTOCOL:
		error_print_bare(r->sh, "container %s: bad stream frame from the "
			    "engine", name);
		break;
	default:
		container_broke(r);
		break;
	}
	return 125;
}

/* Start attached, pump, and find the status. */
static int container_attached(struct container_run *r)
{
	struct strbuf rest = { 0 };
	struct session *s;
	enum session_end end;
	unsigned rows, cols;
	int status;

	if (api_exec_start(&r->api, r->id, &r->exec, &rest) < 0) {
		strbuf_release(&rest);
		return container_api_error(r, CONTAINER_OP_START);
	}
	tty_signals_install(&r->tty, &r->pipe_default);
	if (r->exec.tty) {
		if (isatty(0))
			tty_enter_raw(&r->tty, 0);
		if (tty_winsize(&rows, &cols))
			api_exec_resize(&r->api, r->id, rows, cols);
	}
	s = xmalloc(sizeof(*s));
	session_init(s, &r->api, r->id, &r->api.stream, r->exec.tty,
		     r->tty.fd >= 0 ? &r->tty : NULL);
	r->remote.exec_id = r->id;
	session_set_remote(s, &r->remote);
	end = session_pump(s, rest.data, rest.len);
	strbuf_release(&rest);
	tty_leave(&r->tty);
	status = container_end(r, s, end);
	free(s);
	return status;
}

/* Fills r->exec from the spec and the terminals. */
static void container_exec_setup(struct container_run *r, char *const argv[],
				 char *const env[])
{
	struct api_exec *x = &r->exec;

	x->argv = argv + 1;
	x->env = env;
	if (!r->spec.detach) {
		/* The session token that lets signals reach the command
		 * (remote.h), after the assignments written. */
		size_t n = 0;
		while (env && env[n])
			n++;
		r->env = xmalloc((n + 2) * sizeof(*r->env));
		memcpy(r->env, env, n * sizeof(*r->env));
		remote_init(&r->remote, &r->api, r->spec.name, r->spec.user);
		r->env[n] = r->remote.env;
		r->env[n + 1] = NULL;
		x->env = r->env;
	}
	x->user = r->spec.user;
	x->workdir = r->spec.workdir;
	x->detach = r->spec.detach;
	x->privileged = r->spec.privileged;
	if (r->spec.tty == SPEC_TTY_AUTO)
		x->tty = !x->detach && isatty(0) && isatty(1);
	else
		x->tty = r->spec.tty == SPEC_TTY_ON;
	if (x->tty && !tty_winsize(&x->rows, &x->cols))
		x->rows = x->cols = 0;
}

static int container_session(struct container_run *r, char *const argv[],
			     char *const env[])
{
	const char *pin;

	container_exec_setup(r, argv, env);
	r->api.want_stream = !r->exec.detach;
	pin = container_setting(r->sh, env, "DOCKER_API_VERSION");
	if (api_negotiate(&r->api, pin) < 0)
		return container_api_error(r, CONTAINER_OP_CONNECT);
	if (api_exec_create(&r->api, r->spec.name, &r->exec, r->id) < 0)
		return container_api_error(r, CONTAINER_OP_CREATE);
	if (!r->exec.detach)
		return container_attached(r);
	if (api_exec_start_detached(&r->api, r->id, &r->exec) < 0)
		return container_api_error(r, CONTAINER_OP_START);
	return 0;
}

int container_check_redirs(struct shell *sh, const char *word,
			   const struct ast_redir *redirs)
{
	int fd;

	if (!redir_names_high_fd(redirs, &fd))
		return 0;
	error_print(sh, "%s: cannot redirect fd %d: only fds 0, 1 and 2 "
		    "reach a container", word, fd);
	return 2;
}

int container_run(struct shell *sh, char *const argv[], char *const env[])
{
	struct container_run *r = xcalloc(1, sizeof(*r));
	int status;

	r->sh = sh;
	tty_init(&r->tty);
	conn_init(&r->api.ctl);
	conn_init(&r->api.stream);
	status = container_prepare(r, argv, env);
	if (status == 0)
		status = container_session(r, argv, env);
	tty_leave(&r->tty);
	api_close(&r->api);
	spec_free(&r->spec);
	free(r->env);
	free(r);
	return status;
}
