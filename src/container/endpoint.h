/* Where the engine listens: DOCKER_HOST parsing (a string in, no I/O) and
 * a connect bounded in time (conn.h builds ssh and TLS on it). */
#ifndef COSH_CONTAINER_ENDPOINT_H
#define COSH_CONTAINER_ENDPOINT_H

#include <stdbool.h>
#include <stddef.h>

#define ENDPOINT_DEFAULT "unix:///var/run/docker.sock"
#define ENDPOINT_CONNECT_MS 1500

enum endpoint_kind {
	ENDPOINT_UNIX,
	ENDPOINT_TCP,
	ENDPOINT_SSH,
};

struct endpoint {
	enum endpoint_kind kind;
	char path[108];  /* ENDPOINT_UNIX: the socket path */
	char host[256];  /* ENDPOINT_TCP, _SSH: host name or address, no
			    brackets */
	char port[8];    /* ENDPOINT_TCP: port, 2375 when not given (2376
			    with TLS); ENDPOINT_SSH: "" when not given */
	bool port_given;
	char user[64];   /* ENDPOINT_SSH: "" when not given */
	char url[400];   /* the address as given, for messages */
	/* TLS (ENDPOINT_TCP only, set by endpoint_set_tls) */
	bool tls;        /* speak TLS */
	bool tls_verify; /* verify the engine's certificate and name */
	char ca[512];    /* CA file, or "" */
	char cert[512];  /* client certificate, or "" */
	char key[512];   /* its key, or "" */
};

/* Parses "unix:///PATH", "tcp://HOST[:PORT]" ("[V6ADDR]:PORT" too) or
 * "ssh://[USER@]HOST[:PORT][/SOCKET]" (the remote engine's socket path, as
 * the docker CLI takes it); NULL or "" means ENDPOINT_DEFAULT. Refuses
 * other schemes, and in ssh:// a password, a query or a fragment (as the
 * docker CLI does). Returns 0, or -1 with a message in err. */
int endpoint_parse(const char *url, struct endpoint *ep, char *err,
		   size_t errlen);

/* The TLS settings as the docker CLI reads them (cli/flags): tls is
 * DOCKER_TLS non-empty, verify DOCKER_TLS_VERIFY non-empty (which turns
 * TLS on too); cert_dir is DOCKER_CERT_PATH, else the docker config
 * directory. With verify, ca.pem of cert_dir is the CA (besides the
 * system's); cert.pem and key.pem are the client's (conn.c uses them when
 * they exist). A tcp
 * address without a port gets 2376. A unix:// address only gets tls set
 * (which the caller refuses); ssh:// is left alone, as the docker CLI
 * leaves it (the transport is ssh). */
void endpoint_set_tls(struct endpoint *ep, bool tls, bool verify,
		      const char *cert_dir);

/* Opens a non-blocking, close-on-exec stream socket connected to ep within
 * timeout_ms. Returns the fd (anywhere; the caller moves it high with
 * fdtab_take), or -1 with errno set (ETIMEDOUT when time ran out), or -1
 * with *gai_error set to getaddrinfo's code when the host name could not
 * be resolved (*gai_error is 0 otherwise). */
int endpoint_connect(const struct endpoint *ep, int timeout_ms,
		     int *gai_error);

#endif
