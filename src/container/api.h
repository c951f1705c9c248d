/* The Engine API calls container mode needs (Docker Engine API, also
 * Podman's Docker-compatible service): version negotiation, exec create,
 * start (attached: the connection is hijacked; detached), inspect and
 * resize. JSON through jansson. Ping, create, inspect and resize share one
 * keep-alive connection; the attached start has its own (conn.h; over ssh
 * it is opened with the first, so that both ssh start-ups overlap). Every
 * fd is registered with fdtab (>= 10, FD_CLOEXEC) and closed by api_close.
 * Requests other than the stream are bounded in time. */
#ifndef COSH_CONTAINER_API_H
#define COSH_CONTAINER_API_H

#include <stdbool.h>
#include <stddef.h>

#include "container/conn.h"
#include "container/endpoint.h"
#include "strbuf.h"

struct shell;
struct spec;

#define API_MIN_MINOR 35     /* WorkingDir */
#define API_MAX_MINOR 47     /* the newest version whose docs were checked */
#define API_CONSOLE_MINOR 42 /* ConsoleSize on create and start */
#define API_PING_MS 3000
#define API_REQUEST_MS 30000
#define API_SSH_MS 35000     /* the first answer over ssh (its
				ConnectTimeout is 30 s) */
#define API_SSH_WAIT_MS 2000 /* for a failed ssh client's last words */
#define API_PROBE_MS 5000    /* exec inspect while the stream is silent */
/* The detach sequence of a tty exec. The API cannot turn detaching off
 * (an empty DetachKeys means control-P control-Q), so it is set to keys
 * nobody types: control-P control-Q and every other key reach the
 * command, on Docker as on Podman. */
#define API_DETACH_KEYS "ctrl-@,ctrl-^,ctrl-@,ctrl-^,ctrl-@,ctrl-^,ctrl-@,ctrl-^"

/* What went wrong, for the caller's message and status. */
enum api_error {
	API_OK,
	API_ERR_CONNECT,    /* cannot connect (errno in sys_errno) */
	API_ERR_TIMEOUT,    /* no answer in time */
	API_ERR_RESOLVE,    /* the host name was not found (gai_error) */
	API_ERR_PROTOCOL,   /* malformed answer */
	API_ERR_BROKEN,     /* the connection broke (errno in sys_errno) */
	API_ERR_VERSION,    /* engine API too old or bad DOCKER_API_VERSION */
	API_ERR_HTTP,       /* the engine answered with an error status */
	API_ERR_INPUT,      /* a word JSON cannot carry (a->message) */
	API_ERR_TLS,        /* the TLS layer refused (a->message) */
	API_ERR_SSH,        /* the ssh client failed (a->message) */
};

struct api {
	struct shell *sh;
	struct endpoint ep;
	struct conn ctl;      /* keep-alive connection */
	struct conn stream;   /* hijacked exec start connection */
	int minor;            /* negotiated API version 1.minor */
	bool podman;          /* the engine is Podman */
	bool want_stream;     /* an attached start will follow */
	void *tls_ctx;        /* the OpenSSL context (tls.h), or NULL */
	enum api_error error; /* of the last failed call */
	int sys_errno;        /* API_ERR_CONNECT, _PROTOCOL, _BROKEN */
	int gai_error;        /* API_ERR_RESOLVE: getaddrinfo's code */
	int http_status;      /* API_ERR_HTTP */
	char message[512];    /* engine's message, sanitised, or "" */
};

/* What an exec is created with. argv and env are NULL-terminated; env may
 * be empty. */
struct api_exec {
	char *const *argv;
	char *const *env;
	const char *user;     /* or NULL */
	const char *workdir;  /* or NULL */
	bool tty;
	bool detach;
	bool privileged;
	unsigned rows, cols;  /* console size when tty, 0 when unknown */
};

/* What exec inspect tells. */
struct api_status {
	bool running;
	bool has_exit_code;
	int exit_code;
	long pid;
};

void api_init(struct api *a, struct shell *sh, const struct endpoint *ep);
/* Closes both connections. */
void api_close(struct api *a);

/* Sets the API version: pin (DOCKER_API_VERSION, "1.N") when not NULL,
 * else GET /_ping and the lower of its Api-Version and API_MAX_MINOR.
 * Refuses versions below API_MIN_MINOR. Returns 0 or -1 (a->error). */
int api_negotiate(struct api *a, const char *pin);

/* Builds the JSON body of exec create (exposed for unit tests). Returns a
 * malloc'd string, or NULL when a word is not valid UTF-8 (which JSON
 * cannot carry; a->message says which). */
char *api_exec_create_body(const struct api_exec *x, int minor);

/* POST /containers/{name}/exec. Stores the exec ID in id (65 bytes).
 * Returns 0 or -1 (a->error; API_ERR_HTTP with the engine's status and
 * message, e.g. 404 no such container, 409 paused or not running). */
int api_exec_create(struct api *a, const char *name,
		    const struct api_exec *x, char id[65]);

/* Attached start: POST /exec/{id}/start with Upgrade: tcp on a new
 * connection. On success a->stream is the raw stream (non-blocking) and
 * the bytes that came after the 101 head are appended to rest. Returns 0
 * or -1 (a->error). */
int api_exec_start(struct api *a, const char *id, const struct api_exec *x,
		   struct strbuf *rest);

/* Detached start. Returns 0 or -1 (a->error; an engine that cannot start
 * the command answers API_ERR_HTTP with its message). */
int api_exec_start_detached(struct api *a, const char *id,
			    const struct api_exec *x);

/* GET /exec/{id}/json. Returns 0 or -1 (a->error). */
int api_exec_inspect(struct api *a, const char *id, struct api_status *st);
/* The same, answered within API_PROBE_MS (session.h). */
int api_exec_probe(struct api *a, const char *id, struct api_status *st);

/* POST /exec/{id}/resize; the engine's answer is ignored (it refuses
 * before the session is ready and after the process exited). */
void api_exec_resize(struct api *a, const char *id, unsigned rows,
		     unsigned cols);

/* Extracts the "message" of a JSON error body, or the body itself when it
 * is not JSON, sanitised to one line, into out (exposed for tests). */
void api_error_message(const char *body, size_t len, char *out,
		       size_t outlen);

/* Parses an exec inspect body into st (exposed for tests and the fuzzer).
 * Returns 0, or -1 when it is not a JSON object. */
int api_inspect_parse(const char *body, size_t len, struct api_status *st);

/* Parses an exec create body's "Id" (1 to 64 characters, [0-9A-Za-z]
 * only, as it goes into request paths) into id. Returns 0 or -1. */
int api_id_parse(const char *body, size_t len, char id[65]);

#endif
