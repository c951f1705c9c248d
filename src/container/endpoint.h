/* Where the engine listens: DOCKER_HOST parsing (a string in, no I/O) and
 * a connect bounded in time. */
#ifndef COSH_CONTAINER_ENDPOINT_H
#define COSH_CONTAINER_ENDPOINT_H

#include <stddef.h>

#define ENDPOINT_DEFAULT "unix:///var/run/docker.sock"
#define ENDPOINT_CONNECT_MS 1500

enum endpoint_kind {
	ENDPOINT_UNIX,
	ENDPOINT_TCP,
};

struct endpoint {
	enum endpoint_kind kind;
	char path[108];  /* ENDPOINT_UNIX: the socket path */
	char host[256];  /* ENDPOINT_TCP: host name or address, no brackets */
	char port[8];    /* ENDPOINT_TCP: port, 2375 when not given */
	char url[400];   /* the address as given, for messages */
};

/* Parses "unix:///PATH" or "tcp://HOST[:PORT]" ("[V6ADDR]:PORT" too);
 * NULL or "" means ENDPOINT_DEFAULT. Refuses ssh:// and other schemes, and
 * port 2376 (TLS, which cosh does not speak). Returns 0, or -1 with a
 * message in err. */
int endpoint_parse(const char *url, struct endpoint *ep, char *err,
		   size_t errlen);

/* Opens a non-blocking, close-on-exec stream socket connected to ep within
 * timeout_ms. Returns the fd (anywhere; the caller moves it high with
 * fdtab_take), or -1 with errno set (ETIMEDOUT when time ran out), or -1
 * with *gai_error set to getaddrinfo's code when the host name could not
 * be resolved (*gai_error is 0 otherwise). */
int endpoint_connect(const struct endpoint *ep, int timeout_ms,
		     int *gai_error);

#endif
