/* Names of the running containers (GET /containers/json), for completion.
 * A short, silent request on its own connection: the prompt must never
 * wait long for a dead or slow engine. */
#include "container/names.h"

#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "container/endpoint.h"
#include "container/http.h"
#include "fdtab.h"
#include "shell.h"
#include "vars.h"

static long long names_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Waits for events on fd until deadline; 0, or -1 when time is up. */
static int names_wait(int fd, short events, long long deadline)
{
	struct pollfd p = { .fd = fd, .events = events };
	long long left;

	while ((left = deadline - names_now_ms()) > 0) {
		int r = poll(&p, 1, (int)left);
		if (r > 0)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
	}
	return -1;
}

/* Sends the request and reads the whole response into r. */
static int names_exchange(int fd, const struct strbuf *req,
			  struct http_response *r, long long deadline)
{
	char buf[8192];
	size_t off = 0;

	while (off < req->len) {
		ssize_t k = send(fd, req->data + off, req->len - off,
				 MSG_NOSIGNAL);
		if (k > 0)
			off += (size_t)k;
		else if (k < 0 && (errno == EAGAIN || errno == EINTR)) {
			if (names_wait(fd, POLLOUT, deadline) < 0)
				return -1;
		} else
			return -1;
	}
	while (!http_response_done(r)) {
		ssize_t k = read(fd, buf, sizeof buf);
		if (k < 0 && (errno == EAGAIN || errno == EINTR)) {
			if (names_wait(fd, POLLIN, deadline) < 0)
				return -1;
			continue;
		}
		if (k <= 0)
			return k == 0 && http_response_eof(r) == 0 ? 0 : -1;
		if (http_response_feed(r, buf, (size_t)k) < 0)
			return -1;
	}
	return 0;
}

int container_names_parse(const char *body, size_t len, const char *prefix,
			  struct strvec *out)
{
	json_t *root = json_loadb(body, len, 0, NULL), *c, *names, *n;
	size_t i, j, plen = strlen(prefix);
	int count = 0;

	if (!json_is_array(root)) {
		json_decref(root);
		return -1;
	}
	json_array_foreach(root, i, c) {
		names = json_object_get(c, "Names");
		json_array_foreach(names, j, n) {
			const char *s = json_string_value(n);
			if (!s)
				continue;
			if (*s == '/')
				s++;
			if (*s && strncmp(s, prefix, plen) == 0) {
				strvec_push(out, xstrdup(s));
				count++;
			}
		}
	}
	json_decref(root);
	return count;
}

/* The engine address the container mode would use. */
static const char *names_host(struct shell *sh)
{
	static const char *const names[] = { "DOCKER_HOST", "CONTAINER_HOST" };

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		struct var *v = vars_lookup(sh, names[i]);
		if (v && (v->flags & VAR_EXPORT) && v->value && v->value[0])
			return v->value;
	}
	return NULL;
}

int container_names(struct shell *sh, const char *prefix, int timeout_ms,
		    struct strvec *out)
{
	long long deadline = names_now_ms() + timeout_ms;
	struct endpoint ep;
	struct http_response r;
	struct strbuf req = { 0 };
	char err[256];
	int fd, gai, count = 0;

	if (endpoint_parse(names_host(sh), &ep, err, sizeof err) < 0)
		return 0;
	fd = endpoint_connect(&ep, timeout_ms, &gai);
	if (fd < 0)
		return 0;
	if (fdtab_take(sh, &fd) < 0) {
		close(fd);
		return 0;
	}
	http_request_build(&req, "GET", "/containers/json", NULL, false);
	http_response_init(&r, 0);
	if (names_exchange(fd, &req, &r, deadline) == 0 && r.status == 200) {
		count = container_names_parse(r.body.data ? r.body.data : "",
					      r.body.len, prefix, out);
		if (count < 0)
			count = 0;
	}
	http_response_free(&r);
	strbuf_release(&req);
	fdtab_close(sh, &fd);
	return count;
}
