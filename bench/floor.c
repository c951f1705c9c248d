/* The bare protocol floor for container-mode benchmarks: the simplest
 * client that makes the same engine requests cosh makes for
 * `exec container:NAME cmd...` (exec create, hijacked exec start, exec
 * inspect; keep-alive for create and inspect; stdin attached and closed
 * at once, as cosh does with </dev/null; no ping, no JSON library, no
 * escaping: research only). Writes stdout frames to fd 1 and stderr
 * frames to fd 2, exits with the remote status.
 *
 *   floor SOCKET_PATH API_VERSION CONTAINER CMD [ARG...]
 *
 * Built by bench/container with cc -O2. Not part of cosh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int dial(const char *path)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	strncpy(a.sun_path, path, sizeof(a.sun_path) - 1);
	if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		perror("floor: connect");
		exit(125);
	}
	return fd;
}

static void put(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, s, n);
		if (k <= 0)
			exit(125);
		s += k;
		n -= (size_t)k;
	}
}

/* Reads one Content-Length response into buf; returns the body. */
static char *answer(int fd, char *buf, size_t cap)
{
	size_t len = 0;
	char *body, *cl;

	for (;;) {
		ssize_t k = read(fd, buf + len, cap - 1 - len);
		if (k <= 0)
			exit(125);
		len += (size_t)k;
		buf[len] = '\0';
		body = strstr(buf, "\r\n\r\n");
		if (!body)
			continue;
		body += 4;
		cl = strstr(buf, "Content-Length: ");
		if (!cl || (size_t)(body - buf) + strtoul(cl + 16, NULL, 10) <=
			   len)
			return body;
	}
}

static void request(int fd, const char *method, const char *path,
		    const char *body, int upgrade)
{
	char head[1024];
	int n = snprintf(head, sizeof(head), "%s %s HTTP/1.1\r\nHost: d\r\n"
			 "Content-Type: application/json\r\n"
			 "Content-Length: %zu\r\n%s\r\n", method, path,
			 body ? strlen(body) : 0,
			 upgrade ? "Connection: Upgrade\r\nUpgrade: tcp\r\n" : "");
	put(fd, head, (size_t)n);
	if (body)
		put(fd, body, strlen(body));
}

/* Copies the framed stream to fds 1 and 2 until EOF. */
static void pump(int fd, char *buf, size_t have, size_t cap)
{
	size_t need = 8, off = 0;
	int type = 0, in_header = 1;

	for (;;) {
		while (have - off >= (in_header ? 8 : 1)) {
			if (in_header) {
				unsigned char *h = (unsigned char *)buf + off;
				type = h[0];
				need = (size_t)h[4] << 24 | (size_t)h[5] << 16 |
				       (size_t)h[6] << 8 | h[7];
				off += 8;
				in_header = need == 0;
				continue;
			}
			size_t k = have - off < need ? have - off : need;
			put(type == 2 ? 2 : 1, buf + off, k);
			off += k;
			need -= k;
			in_header = need == 0;
		}
		memmove(buf, buf + off, have - off);
		have -= off;
		off = 0;
		ssize_t k = read(fd, buf + have, cap - have);
		if (k <= 0)
			return;
		have += (size_t)k;
	}
}

int main(int argc, char **argv)
{
	static char buf[65536], body[8192], path[512];
	char *p, *id;
	int c, s, i, n;

	if (argc < 5) {
		fprintf(stderr, "usage: floor SOCKET API CONTAINER CMD...\n");
		return 2;
	}
	n = snprintf(body, sizeof(body), "{\"AttachStdin\":true,"
		     "\"AttachStdout\":true,\"AttachStderr\":true,\"Cmd\":[");
	for (i = 4; i < argc; i++)
		n += snprintf(body + n, sizeof(body) - (size_t)n, "%s\"%s\"",
			      i > 4 ? "," : "", argv[i]);
	snprintf(body + n, sizeof(body) - (size_t)n, "]}");
	c = dial(argv[1]);
	snprintf(path, sizeof(path), "/v%s/containers/%s/exec", argv[2],
		 argv[3]);
	request(c, "POST", path, body, 0);
	p = answer(c, buf, sizeof(buf));
	id = strstr(p, "\"Id\":\"");
	if (!id)
		return 125;
	id += 6;
	id[strcspn(id, "\"")] = '\0';
	snprintf(path, sizeof(path), "/v%s/exec/%s/start", argv[2], id);
	s = dial(argv[1]);
	request(s, "POST", path, "{\"Detach\":false,\"Tty\":false}", 1);
	n = 0;
	for (;;) {                     /* the 101 head, then the stream */
		ssize_t k = read(s, buf + n, sizeof(buf) - 1 - (size_t)n);
		if (k <= 0)
			return 125;
		n += (int)k;
		buf[n] = '\0';
		if ((p = strstr(buf, "\r\n\r\n")))
			break;
	}
	p += 4;
	shutdown(s, SHUT_WR);          /* stdin: like cosh </dev/null */
	memmove(buf, p, (size_t)(buf + n - p));
	pump(s, buf, (size_t)(buf + n - p), sizeof(buf));
	snprintf(path, sizeof(path), "/v%s/exec/%s/json", argv[2], id);
	request(c, "GET", path, NULL, 0);
	p = answer(c, buf, sizeof(buf));
	p = strstr(p, "\"ExitCode\":");
	return p ? atoi(p + 11) : 125;
}
