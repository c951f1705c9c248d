/* Engine API calls over HTTP/1.1, with jansson for the JSON. */
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "container/api.h"
#include "container/failure.h"
#include "container/http.h"
#include "container/tls.h"

static long long api_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Waits for events on fd until deadline. Returns 0, or -1 with errno
 * (ETIMEDOUT when the deadline passed). */
static int api_wait(int fd, short events, long long deadline)
{
	struct pollfd p = { .fd = fd, .events = events };

	for (;;) {
		long long left = deadline - api_now_ms();
		int r;
		if (left <= 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		r = poll(&p, 1, left > 60000 ? 60000 : (int)left);
		if (r > 0)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
	}
}

static int api_send_all(struct conn *c, const char *buf, size_t n,
			long long deadline)
{
	while (n > 0) {
		ssize_t k = conn_write(c, buf, n);
		if (k > 0) {
			buf += k;
			n -= (size_t)k;
		} else if (k < 0 && (errno == EAGAIN || errno == EINTR)) {
			if (api_wait(c->fd, POLLOUT, deadline) < 0)
				return -1;
		} else {
			return -1;
		}
	}
	return 0;
}

/* Reads a response into r. *got counts the bytes read. Bytes after the
 * response go to rest when not NULL. Returns 0, or -1 with errno (EPROTO:
 * malformed; ECONNRESET: closed before the response was complete). */
static int api_receive(struct conn *c, struct http_response *r,
		       long long deadline, struct strbuf *rest, size_t *got)
{
	char buf[16384];

	*got = 0;
	for (;;) {
		ssize_t k = conn_read(c, buf, sizeof(buf)), used;
		if (k < 0 && (errno == EAGAIN || errno == EINTR)) {
			if (api_wait(c->fd, POLLIN, deadline) < 0)
				return -1;
			continue;
		}
		if (k < 0)
			return -1;
		if (k == 0) {
			if (http_response_eof(r) == 0)
				return 0;
			errno = ECONNRESET;
			return -1;
		}
		*got += (size_t)k;
		used = http_response_feed(r, buf, (size_t)k);
		if (used < 0) {
			errno = EPROTO;
			return -1;
		}
		if (http_response_done(r)) {
			if (rest && used < k)
				strbuf_add(rest, buf + used, (size_t)(k - used));
			return 0;
		}
	}
}

static int api_fail(struct api *a, enum api_error err, int sys_errno)
{
	a->error = err;
	a->sys_errno = sys_errno;
	if (err == API_ERR_CONNECT && sys_errno == ETIMEDOUT)
		a->error = API_ERR_TIMEOUT;
	return -1;
}

/* A transport failure on c: the ssh client's own words when it said
 * why, the TLS layer's, else what errno e says. */
static int api_transport_error(struct api *a, struct conn *c, int e)
{
	if (c->pid > 0 && conn_ssh_message(c, a->message, sizeof(a->message),
					   API_SSH_WAIT_MS))
		return api_fail(a, API_ERR_SSH, e);
	if (c->err[0]) {
		snprintf(a->message, sizeof(a->message), "%s", c->err);
		return api_fail(a, API_ERR_TLS, e);
	}
	if (e == ETIMEDOUT)
		return api_fail(a, API_ERR_TIMEOUT, e);
	if (e == EPROTO)
		return api_fail(a, API_ERR_PROTOCOL, e);
	return api_fail(a, API_ERR_BROKEN, e);
}

/* Opens the keep-alive connection; over ssh the stream's too, when it
 * will be wanted, so that both clients start at once. */
static int api_connect(struct api *a)
{
	if (conn_open(a, &a->ctl, ENDPOINT_CONNECT_MS) < 0)
		return -1;
	if (a->ep.kind == ENDPOINT_SSH && a->want_stream && a->stream.fd < 0 &&
	    conn_open(a, &a->stream, ENDPOINT_CONNECT_MS) < 0) {
		conn_close(a->sh, &a->ctl);
		return -1;
	}
	return 0;
}

/* One request and its response on the keep-alive connection, opened when
 * needed; a reused connection the engine had closed is reopened once. */
static int api_roundtrip(struct api *a, const char *method, const char *path,
			 const char *body, struct http_response *r,
			 int timeout_ms)
{
	struct strbuf req = { 0 };
	int attempt, ret = -1;
	long long deadline = api_now_ms() + timeout_ms;

	http_request_build(&req, method, path, body, false);
	for (attempt = 0; attempt < 2; attempt++) {
		bool reused = a->ctl.fd >= 0;
		size_t got = 0;
		if (!reused && api_connect(a) < 0)
			break;
		http_response_init(r, strcmp(method, "HEAD") ? 0 : HTTP_NOBODY);
		if (api_send_all(&a->ctl, req.data, req.len, deadline) == 0 &&
		    api_receive(&a->ctl, r, deadline, NULL, &got) == 0) {
			if (r->close)
				conn_close(a->sh, &a->ctl);
			ret = 0;
			break;
		}
		int e = errno;
		http_response_free(r);
		if (!reused || got > 0 || e == ETIMEDOUT) {
			api_transport_error(a, &a->ctl, e);
			conn_close(a->sh, &a->ctl);
			break;
		}
		conn_close(a->sh, &a->ctl);
	}
	strbuf_release(&req);
	return ret;
}

void api_error_message(const char *body, size_t len, char *out,
		       size_t outlen)
{
	json_t *j = json_loadb(body, len, 0, NULL);
	const char *m = NULL;

	if (j && json_is_object(j))
		m = json_string_value(json_object_get(j, "message"));
	if (m)
		snprintf(out, outlen, "%s", m);
	else
		snprintf(out, outlen, "%.*s", (int)len, body);
	json_decref(j);
	failure_sanitize(out);
}

static int api_fail_http(struct api *a, struct http_response *r)
{
	a->error = API_ERR_HTTP;
	a->http_status = r->status;
	api_error_message(r->body.data ? r->body.data : "", r->body.len,
			  a->message, sizeof(a->message));
	if (!a->message[0])
		snprintf(a->message, sizeof(a->message), "HTTP status %d",
			 r->status);
	http_response_free(r);
	return -1;
}

void api_init(struct api *a, struct shell *sh, const struct endpoint *ep)
{
	memset(a, 0, sizeof(*a));
	a->sh = sh;
	a->ep = *ep;
	conn_init(&a->ctl);
	conn_init(&a->stream);
}

void api_close(struct api *a)
{
	conn_close(a->sh, &a->ctl);
	conn_close(a->sh, &a->stream);
#ifdef COSH_TLS
	tls_ctx_free(a);
#endif
}

/* "1.N" (a leading 'v' allowed) -> N, or -1. */
static int api_parse_version(const char *s)
{
	char *end;
	long n;

	if (*s == 'v')
		s++;
	if (strncmp(s, "1.", 2) != 0 || !isdigit((unsigned char)s[2]))
		return -1;
	n = strtol(s + 2, &end, 10);
	return *end || n > 1000 ? -1 : (int)n;
}

/* DOCKER_API_VERSION: used as given (no ping), as the docker CLI does;
 * what is not "1.N", or is older than cosh can speak, is refused. */
static int api_pin(struct api *a, const char *pin)
{
	const char *p = pin + (*pin == 'v');
	size_t digits = strspn(p, "0123456789");

	a->minor = api_parse_version(pin);
	if (a->minor >= API_MIN_MINOR)
		return 0;
	if (a->minor >= 0)
		snprintf(a->message, sizeof(a->message), "DOCKER_API_VERSION "
			 "%s is older than 1.%d, the oldest API version cosh "
			 "speaks", pin, API_MIN_MINOR);
	else if (digits && p[digits] == '.' && isdigit((unsigned char)p[digits + 1]))
		snprintf(a->message, sizeof(a->message), "DOCKER_API_VERSION "
			 "%s: there is no such Engine API version (they are "
			 "1.N)", pin);
	else
		snprintf(a->message, sizeof(a->message), "DOCKER_API_VERSION "
			 "'%s' is not a version number (1.N)", pin);
	return api_fail(a, API_ERR_VERSION, 0);
}

int api_negotiate(struct api *a, const char *pin)
{
	struct http_response r;
	int server;

	if (pin)
		return api_pin(a, pin);
	if (api_roundtrip(a, "GET", "/_ping", NULL, &r,
			  a->ep.kind == ENDPOINT_SSH ? API_SSH_MS
			  : API_PING_MS) < 0)
		return -1;
	if (r.status != 200)
		return api_fail_http(a, &r);
	a->podman = r.libpod;
	server = api_parse_version(r.api_version);
	http_response_free(&r);
	if (server < 0)
		server = API_MIN_MINOR;
	if (server < API_MIN_MINOR) {
		snprintf(a->message, sizeof(a->message),
			 "engine API version 1.%d is older than 1.%d", server,
			 API_MIN_MINOR);
		return api_fail(a, API_ERR_VERSION, 0);
	}
	a->minor = server < API_MAX_MINOR ? server : API_MAX_MINOR;
	return 0;
}

/* A JSON array of the strings in v; NULL (and a message) when one is not
 * valid UTF-8. */
static json_t *api_string_array(char *const *v, const char *what,
				char *msg, size_t msglen)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; v && v[i]; i++) {
		json_t *s = json_string(v[i]);
		if (!s) {
			snprintf(msg, msglen, "%s word %zu is not valid UTF-8, "
				 "which the engine API cannot carry", what,
				 i + 1);
			json_decref(arr);
			return NULL;
		}
		json_array_append_new(arr, s);
	}
	return arr;
}

static char *api_dump(json_t *o)
{
	char *s = json_dumps(o, JSON_COMPACT);

	json_decref(o);
	if (!s)
		arena_out_of_memory();
	return s;
}

static void api_console_size(json_t *o, const struct api_exec *x, int minor)
{
	if (x->tty && x->rows && x->cols && minor >= API_CONSOLE_MINOR)
		json_object_set_new(o, "ConsoleSize",
				    json_pack("[I,I]", (json_int_t)x->rows,
					      (json_int_t)x->cols));
}

/* Builds the create body; msg receives the reason when NULL is returned. */
static char *api_create_body(const struct api_exec *x, int minor, char *msg,
			     size_t msglen)
{
	json_t *o = json_object(), *cmd, *env = NULL;
	bool attach = !x->detach;

	cmd = api_string_array(x->argv, "command", msg, msglen);
	if (cmd && x->env && x->env[0])
		env = api_string_array(x->env, "environment", msg, msglen);
	if (!cmd || (x->env && x->env[0] && !env)) {
		json_decref(cmd);
		json_decref(o);
		return NULL;
	}
	json_object_set_new(o, "AttachStdin", json_boolean(attach));
	json_object_set_new(o, "AttachStdout", json_boolean(attach));
	json_object_set_new(o, "AttachStderr", json_boolean(attach));
	json_object_set_new(o, "Tty", json_boolean(x->tty));
	json_object_set_new(o, "Cmd", cmd);
	if (env)
		json_object_set_new(o, "Env", env);
	if (x->user)
		json_object_set_new(o, "User", json_string(x->user));
	if (x->workdir)
		json_object_set_new(o, "WorkingDir", json_string(x->workdir));
	if (x->privileged)
		json_object_set_new(o, "Privileged", json_true());
	if (x->tty)
		json_object_set_new(o, "DetachKeys",
				    json_string(API_DETACH_KEYS));
	api_console_size(o, x, minor);
	return api_dump(o);
}

char *api_exec_create_body(const struct api_exec *x, int minor)
{
	char msg[128];

	return api_create_body(x, minor, msg, sizeof(msg));
}

static char *api_start_body(const struct api_exec *x, int minor)
{
	json_t *o = json_object();

	json_object_set_new(o, "Detach", json_boolean(x->detach));
	json_object_set_new(o, "Tty", json_boolean(x->tty));
	api_console_size(o, x, minor);
	return api_dump(o);
}

/* "/v1.N/containers/<name percent-encoded>/exec" */
static void api_container_path(struct strbuf *sb, int minor, const char *name)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	strbuf_addf(sb, "/v1.%d/containers/", minor);
	for (p = (const unsigned char *)name; *p; p++) {
		if (isalnum(*p) || strchr("-._~", *p)) {
			strbuf_addc(sb, (char)*p);
		} else {
			strbuf_addc(sb, '%');
			strbuf_addc(sb, hex[*p >> 4]);
			strbuf_addc(sb, hex[*p & 15]);
		}
	}
	strbuf_adds(sb, "/exec");
}

int api_id_parse(const char *body, size_t len, char id[65])
{
	json_t *j = json_loadb(body, len, 0, NULL);
	const char *s = j ? json_string_value(json_object_get(j, "Id")) : NULL;
	size_t n = s ? strlen(s) : 0, i;
	int ret = 0;

	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]))
			break;
	if (n == 0 || n > 64 || i < n)
		ret = -1;
	else
		memcpy(id, s, n + 1);
	json_decref(j);
	return ret;
}

/* Takes the exec ID from a create answer. */
static int api_take_id(struct api *a, struct http_response *r, char id[65])
{
	int ret = api_id_parse(r->body.data ? r->body.data : "", r->body.len,
			       id);

	http_response_free(r);
	if (ret < 0) {
		snprintf(a->message, sizeof(a->message),
			 "the engine's exec create answer has no valid Id");
		return api_fail(a, API_ERR_PROTOCOL, EPROTO);
	}
	return 0;
}

int api_exec_create(struct api *a, const char *name,
		    const struct api_exec *x, char id[65])
{
	struct strbuf path = { 0 };
	struct http_response r;
	char *body = api_create_body(x, a->minor, a->message,
				     sizeof(a->message));
	int ret;

	if (!body)
		return api_fail(a, API_ERR_INPUT, 0);
	api_container_path(&path, a->minor, name);
	ret = api_roundtrip(a, "POST", strbuf_str(&path), body, &r,
			    API_REQUEST_MS);
	free(body);
	strbuf_release(&path);
	if (ret < 0)
		return -1;
	if (r.status != 201 && r.status != 200)
		return api_fail_http(a, &r);
	return api_take_id(a, &r, id);
}

int api_exec_start(struct api *a, const char *id, const struct api_exec *x,
		   struct strbuf *rest)
{
	struct strbuf req = { 0 }, path = { 0 };
	struct http_response r;
	char *body = api_start_body(x, a->minor);
	long long deadline = api_now_ms() + API_REQUEST_MS;
	size_t got;
	int ret = -1;

	strbuf_addf(&path, "/v1.%d/exec/%s/start", a->minor, id);
	http_request_build(&req, "POST", strbuf_str(&path), body, true);
	free(body);
	strbuf_release(&path);
	if (a->stream.fd < 0 &&
	    conn_open(a, &a->stream, ENDPOINT_CONNECT_MS) < 0)
		goto out;
	http_response_init(&r, HTTP_HIJACK);
	if (api_send_all(&a->stream, req.data, req.len, deadline) < 0 ||
	    api_receive(&a->stream, &r, deadline, rest, &got) < 0) {
		api_transport_error(a, &a->stream, errno);
		http_response_free(&r);
	} else if (!r.upgraded) {
		api_fail_http(a, &r);
	} else {
		http_response_free(&r);
		ret = 0;
	}
	if (ret < 0)
		conn_close(a->sh, &a->stream);
out:
	strbuf_release(&req);
	return ret;
}

int api_exec_start_detached(struct api *a, const char *id,
			    const struct api_exec *x)
{
	struct strbuf path = { 0 };
	struct http_response r;
	char *body = api_start_body(x, a->minor);
	int ret;

	strbuf_addf(&path, "/v1.%d/exec/%s/start", a->minor, id);
	ret = api_roundtrip(a, "POST", strbuf_str(&path), body, &r,
			    API_REQUEST_MS);
	free(body);
	strbuf_release(&path);
	if (ret < 0)
		return -1;
	if (r.status < 200 || r.status > 299)
		return api_fail_http(a, &r);
	http_response_free(&r);
	return 0;
}

int api_inspect_parse(const char *body, size_t len, struct api_status *st)
{
	json_t *j = json_loadb(body, len, 0, NULL), *code;

	memset(st, 0, sizeof(*st));
	if (!j || !json_is_object(j)) {
		json_decref(j);
		return -1;
	}
	st->running = json_is_true(json_object_get(j, "Running"));
	code = json_object_get(j, "ExitCode");
	st->has_exit_code = json_is_integer(code);
	st->exit_code = st->has_exit_code ? (int)json_integer_value(code) : 0;
	st->pid = (long)json_integer_value(json_object_get(j, "Pid"));
	json_decref(j);
	return 0;
}

static int api_inspect_within(struct api *a, const char *id,
			      struct api_status *st, int timeout_ms)
{
	struct strbuf path = { 0 };
	struct http_response r;
	int ret;

	strbuf_addf(&path, "/v1.%d/exec/%s/json", a->minor, id);
	ret = api_roundtrip(a, "GET", strbuf_str(&path), NULL, &r,
			    timeout_ms);
	strbuf_release(&path);
	if (ret < 0)
		return -1;
	if (r.status != 200)
		return api_fail_http(a, &r);
	ret = api_inspect_parse(r.body.data ? r.body.data : "", r.body.len,
				st);
	http_response_free(&r);
	if (ret < 0) {
		snprintf(a->message, sizeof(a->message),
			 "the engine's exec inspect answer is not JSON");
		return api_fail(a, API_ERR_PROTOCOL, EPROTO);
	}
	return 0;
}

int api_exec_inspect(struct api *a, const char *id, struct api_status *st)
{
	return api_inspect_within(a, id, st, API_REQUEST_MS);
}

int api_exec_probe(struct api *a, const char *id, struct api_status *st)
{
	return api_inspect_within(a, id, st, API_PROBE_MS);
}

void api_exec_resize(struct api *a, const char *id, unsigned rows,
		     unsigned cols)
{
	struct strbuf path = { 0 };
	struct http_response r;

	strbuf_addf(&path, "/v1.%d/exec/%s/resize?h=%u&w=%u", a->minor, id,
		    rows, cols);
	if (api_roundtrip(a, "POST", strbuf_str(&path), NULL, &r,
			  API_PING_MS) == 0)
		http_response_free(&r);
	strbuf_release(&path);
}
