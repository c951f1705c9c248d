/* DOCKER_HOST parsing and a connect with a deadline. */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "container/endpoint.h"

static int endpoint_parse_unix(const char *path, struct endpoint *ep,
			       char *err, size_t errlen)
{
	if (path[0] != '/') {
		snprintf(err, errlen, "unix socket path must be absolute");
		return -1;
	}
	if (strlen(path) >= sizeof(ep->path)) {
		snprintf(err, errlen, "unix socket path too long");
		return -1;
	}
	ep->kind = ENDPOINT_UNIX;
	strcpy(ep->path, path);
	return 0;
}

/* Splits "HOST[:PORT]" or "[ADDR][:PORT]" (a trailing "/" is allowed). */
static int endpoint_parse_tcp(const char *hp, struct endpoint *ep, char *err,
			      size_t errlen)
{
	const char *host = hp, *end, *port = NULL;
	size_t hlen, plen;

	if (*hp == '[') {
		host = hp + 1;
		end = strchr(host, ']');
		if (!end)
			goto bad;
		if (end[1] == ':')
			port = end + 2;
		else if (end[1] != '\0' && strcmp(end + 1, "/") != 0)
			goto bad;
	} else {
		end = host + strcspn(host, ":/");
		if (*end == ':')
			port = end + 1;
	}
	hlen = (size_t)(end - host);
	plen = port ? strcspn(port, "/") : 0;
	if (hlen == 0 || hlen >= sizeof(ep->host) || (port && plen == 0) ||
	    plen >= sizeof(ep->port))
		goto bad;
	if (port && (strspn(port, "0123456789") != plen ||
		     (port[plen] && strcmp(port + plen, "/") != 0)))
		goto bad;
	ep->kind = ENDPOINT_TCP;
	memcpy(ep->host, host, hlen);
	ep->host[hlen] = '\0';
	ep->port_given = port != NULL;
	if (port) {
		memcpy(ep->port, port, plen);
		ep->port[plen] = '\0';
	} else {
		strcpy(ep->port, "2375");
	}
	return 0;
bad:
	snprintf(err, errlen, "bad tcp address '%s'", hp);
	return -1;
}

/* "[USER@]HOST[:PORT][/PATH]" (docker/cli connhelper/ssh ParseURL). */
static int endpoint_parse_ssh(const char *s, struct endpoint *ep, char *err,
			      size_t errlen)
{
	const char *at = strchr(s, '@'), *slash;
	size_t ulen;

	if (strpbrk(s, "?#")) {
		snprintf(err, errlen, "ssh:// addresses take no query or "
			 "fragment (DOCKER_HOST=%s)", ep->url);
		return -1;
	}
	slash = strchr(s, '/');
	if (at && (!slash || at < slash)) {
		ulen = (size_t)(at - s);
		if (memchr(s, ':', ulen)) {
			snprintf(err, errlen, "plain-text password is not "
				 "supported (DOCKER_HOST=%s)", ep->url);
			return -1;
		}
		if (ulen == 0 || ulen >= sizeof(ep->user))
			goto bad;
		memcpy(ep->user, s, ulen);
		ep->user[ulen] = '\0';
		s = at + 1;
	}
	if (*s == '-')
		goto bad;                 /* never an ssh option */
	slash = strchr(s, '/');
	if (slash && slash[1]) {
		if (strlen(slash) >= sizeof(ep->path))
			goto bad;
		strcpy(ep->path, slash);
	}
	{
		/* the host part, without the path, through the tcp parser */
		char hp[300];
		size_t n = slash ? (size_t)(slash - s) : strlen(s);
		if (n >= sizeof(hp))
			goto bad;
		memcpy(hp, s, n);
		hp[n] = '\0';
		if (endpoint_parse_tcp(hp, ep, err, errlen) < 0)
			goto bad;
	}
	ep->kind = ENDPOINT_SSH;
	if (!ep->port_given)
		ep->port[0] = '\0';
	return 0;
bad:
	snprintf(err, errlen, "bad ssh address '%s'", ep->url);
	return -1;
}

void endpoint_set_tls(struct endpoint *ep, bool tls, bool verify,
		      const char *cert_dir)
{
	if (ep->kind == ENDPOINT_SSH || !(tls || verify))
		return;
	ep->tls = true;
	if (ep->kind != ENDPOINT_TCP)
		return;                   /* refused by the caller */
	ep->tls_verify = verify;
	if (!ep->port_given)
		strcpy(ep->port, "2376");
	if (verify)
		snprintf(ep->ca, sizeof(ep->ca), "%s/ca.pem", cert_dir);
	snprintf(ep->cert, sizeof(ep->cert), "%s/cert.pem", cert_dir);
	snprintf(ep->key, sizeof(ep->key), "%s/key.pem", cert_dir);
}

int endpoint_parse(const char *url, struct endpoint *ep, char *err,
		   size_t errlen)
{
	memset(ep, 0, sizeof(*ep));
	if (!url || !*url)
		url = ENDPOINT_DEFAULT;
	snprintf(ep->url, sizeof(ep->url), "%s", url);
	if (strncmp(url, "unix://", 7) == 0)
		return endpoint_parse_unix(url + 7, ep, err, errlen);
	if (strncmp(url, "tcp://", 6) == 0)
		return endpoint_parse_tcp(url + 6, ep, err, errlen);
	if (strncmp(url, "ssh://", 6) == 0)
		return endpoint_parse_ssh(url + 6, ep, err, errlen);
	snprintf(err, errlen, "unsupported engine address DOCKER_HOST=%s "
		 "(use unix://, tcp:// or ssh://)", url);
	return -1;
}

/* Waits for a non-blocking connect on fd. Returns 0 or -1 with errno. */
static int endpoint_wait(int fd, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	int r, soerr = 0;
	socklen_t len = sizeof(soerr);

	do
		r = poll(&p, 1, timeout_ms);
	while (r < 0 && errno == EINTR);
	if (r == 0)
		errno = ETIMEDOUT;
	if (r <= 0)
		return -1;
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len) < 0)
		return -1;
	if (soerr) {
		errno = soerr;
		return -1;
	}
	return 0;
}

static int endpoint_try(int family, const struct sockaddr *sa,
			socklen_t salen, int timeout_ms)
{
	int fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	int e;

	if (fd < 0)
		return -1;
	if (family != AF_UNIX) {
		int one = 1;
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	}
	if (connect(fd, sa, salen) == 0)
		return fd;
	if ((errno == EINPROGRESS || errno == EAGAIN || errno == EINTR) &&
	    endpoint_wait(fd, timeout_ms) == 0)
		return fd;
	e = errno;
	close(fd);
	errno = e;
	return -1;
}

int endpoint_connect(const struct endpoint *ep, int timeout_ms,
		     int *gai_error)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM };
	struct addrinfo *res, *ai;
	int fd = -1, e = EADDRNOTAVAIL;

	*gai_error = 0;
	if (ep->kind == ENDPOINT_UNIX) {
		struct sockaddr_un sun = { .sun_family = AF_UNIX };
		strcpy(sun.sun_path, ep->path);
		return endpoint_try(AF_UNIX, (struct sockaddr *)&sun,
				    sizeof(sun), timeout_ms);
	}
	hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
	if (getaddrinfo(ep->host, ep->port, &hints, &res) != 0) {
		int g;
		hints.ai_flags = AI_NUMERICSERV;
		g = getaddrinfo(ep->host, ep->port, &hints, &res);
		if (g != 0) {
			*gai_error = g;
			return -1;
		}
	}
	for (ai = res; ai && fd < 0; ai = ai->ai_next) {
		fd = endpoint_try(ai->ai_family, ai->ai_addr, ai->ai_addrlen,
				  timeout_ms);
		if (fd < 0)
			e = errno;
	}
	freeaddrinfo(res);
	if (fd < 0)
		errno = e;
	return fd;
}
