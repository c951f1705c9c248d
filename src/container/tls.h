/* TLS on an engine connection, through OpenSSL (built when configure
 * finds it: COSH_TLS). What the docker CLI does with DOCKER_TLS_VERIFY
 * (endpoint.h): TLS 1.2 or later; the engine's certificate checked
 * against the system's CAs and ca.pem, and its name or IP address against
 * the host of DOCKER_HOST; cert.pem and key.pem sent when both exist. With
 * DOCKER_TLS alone nothing of the engine is checked. A dynamic cosh loads
 * libssl.so.3 with dlopen at the first TLS connection (COSH_TLS_DLOPEN);
 * linking it would cost every run of cosh about 4 ms of start-up. One
 * library and context per api (api->tls_ctx), one session per connection
 * (conn->tls). OpenSSL writes
 * to the socket with write(2): SIGPIPE is held blocked around it and a
 * SIGPIPE it raised is taken back, so a closed connection is EPIPE. */
#ifndef COSH_CONTAINER_TLS_H
#define COSH_CONTAINER_TLS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct api;
struct conn;

/* Runs the handshake on c->fd (connected, non-blocking) until deadline
 * (CLOCK_MONOTONIC ms). Returns 0, or -1 with a->error API_ERR_TLS and
 * a->message (a refused certificate says why), or API_ERR_TIMEOUT. */
int tls_start(struct api *a, struct conn *c, long long deadline);

/* read(2) and write(2) through TLS: -1 with EAGAIN when the socket must
 * be polled, 0 at the engine's end of the stream; another failure of the
 * TLS layer is -1 with EPROTO and the reason in c->err. */
ssize_t tls_read(struct conn *c, void *buf, size_t n);
ssize_t tls_write(struct conn *c, const void *buf, size_t n);
/* Bytes already decrypted, not yet read. */
bool tls_pending(const struct conn *c);
/* Sends close_notify (the engine reads the end of stdin). */
void tls_shutdown_write(struct conn *c);
/* Frees c->tls; tls_ctx_free frees a->tls_ctx. */
void tls_free(struct conn *c);
void tls_ctx_free(struct api *a);

#endif
