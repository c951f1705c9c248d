/* TLS through OpenSSL (tls.h). */
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "container/api.h"
#include "container/conn.h"
#include "container/tls.h"

/* SIGPIPE held blocked while OpenSSL writes (tls.h). */
struct tls_nopipe {
	sigset_t old;
	bool was_pending;
};

static void tls_nopipe_begin(struct tls_nopipe *np)
{
	sigset_t pipe, pending;

	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	sigpending(&pending);
	np->was_pending = sigismember(&pending, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe, &np->old);
}

static void tls_nopipe_end(struct tls_nopipe *np)
{
	sigset_t pipe, pending;
	struct timespec zero = { 0 };
	int e = errno;

	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	sigpending(&pending);
	if (!np->was_pending && sigismember(&pending, SIGPIPE))
		sigtimedwait(&pipe, NULL, &zero);
	sigprocmask(SIG_SETMASK, &np->old, NULL);
	errno = e;
}

/* The newest reason in OpenSSL's error queue, which is emptied. */
static void tls_reason(char *out, size_t outlen, const char *otherwise)
{
	unsigned long e, last = 0;
	const char *r;

	while ((e = ERR_get_error()) != 0)
		last = e;
	r = last ? ERR_reason_error_string(last) : NULL;
	snprintf(out, outlen, "%s", r ? r : otherwise);
}

static int tls_fail(struct api *a, const char *fmt, const char *what)
{
	char why[200];

	tls_reason(why, sizeof(why), "error");
	snprintf(a->message, sizeof(a->message), fmt, what, why);
	a->error = API_ERR_TLS;
	return -1;
}

static bool tls_exists(const char *path)
{
	struct stat st;

	return path[0] && stat(path, &st) == 0;
}

/* The context: verification and the client's certificate. */
static int tls_ctx(struct api *a)
{
	const struct endpoint *ep = &a->ep;
	SSL_CTX *ctx;

	if (a->tls_ctx)
		return 0;
	ctx = SSL_CTX_new(TLS_client_method());
	if (!ctx)
		return tls_fail(a, "%s%s", "");
	a->tls_ctx = ctx;
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE |
			 SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
	/* An engine that closes without close_notify ends the stream; the
	 * exec's status still comes from exec inspect. */
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
	SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
#endif
	if (ep->tls_verify) {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
		/* The system's CAs through the hashed directory, looked up
		 * when needed: loading the whole bundle file costs 25 ms. */
		SSL_CTX_set_default_verify_dir(ctx);
		/* no ca.pem (a context without one): the system's CAs */
		if (ep->ca[0] && !tls_exists(ep->ca)) {
			snprintf(a->message, sizeof(a->message), "cannot read "
				 "the CA certificate %.300s: %s", ep->ca,
				 strerror(errno));
			a->error = API_ERR_TLS;
			return -1;
		}
		if (ep->ca[0] &&
		    SSL_CTX_load_verify_locations(ctx, ep->ca, NULL) != 1)
			return tls_fail(a, "cannot read the CA certificate "
					"%s: %s", ep->ca);
	} else {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	}
	if (tls_exists(ep->cert) && tls_exists(ep->key)) {
		if (SSL_CTX_use_certificate_chain_file(ctx, ep->cert) != 1)
			return tls_fail(a, "cannot use the client certificate "
					"%s: %s", ep->cert);
		if (SSL_CTX_use_PrivateKey_file(ctx, ep->key,
						SSL_FILETYPE_PEM) != 1)
			return tls_fail(a, "cannot use the client key %s: %s",
					ep->key);
	}
	return 0;
}

/* The engine's name (SNI) and what its certificate must be issued to. */
static void tls_names(SSL *ssl, const struct endpoint *ep)
{
	unsigned char addr[16];
	bool ip = inet_pton(AF_INET, ep->host, addr) == 1 ||
		  inet_pton(AF_INET6, ep->host, addr) == 1;

	if (!ip)
		SSL_set_tlsext_host_name(ssl, ep->host);
	if (!ep->tls_verify)
		return;
	if (ip) {
		X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), ep->host);
	} else {
		SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
		SSL_set1_host(ssl, ep->host);
	}
}

/* Waits for fd until deadline. Returns 0, or -1 (errno). */
static int tls_wait(int fd, short events, long long deadline)
{
	struct pollfd p = { .fd = fd, .events = events };
	struct timespec ts;

	for (;;) {
		long long now, left;
		int r;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		now = (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
		left = deadline - now;
		if (left <= 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		r = poll(&p, 1, (int)left);
		if (r > 0)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
	}
}

/* Why the handshake failed, in a->message. */
static int tls_refused(struct api *a, SSL *ssl)
{
	long v = SSL_get_verify_result(ssl);

	if (v != X509_V_OK) {
		int n;
		ERR_clear_error();
		n = snprintf(a->message, sizeof(a->message), "the engine's "
			     "certificate was not accepted: %s",
			     X509_verify_cert_error_string(v));
		if (a->ep.ca[0] && n > 0 && (size_t)n < sizeof(a->message))
			snprintf(a->message + n, sizeof(a->message) - (size_t)n,
				 " (CA %.*s)", 300, a->ep.ca);
		a->error = API_ERR_TLS;
		return -1;
	}
	return tls_fail(a, "handshake failed%s: %s", "");
}

int tls_start(struct api *a, struct conn *c, long long deadline)
{
	SSL *ssl;

	if (tls_ctx(a) < 0)
		return -1;
	ssl = SSL_new(a->tls_ctx);
	if (!ssl || SSL_set_fd(ssl, c->fd) != 1) {
		SSL_free(ssl);
		return tls_fail(a, "%s%s", "");
	}
	c->tls = ssl;
	tls_names(ssl, &a->ep);
	for (;;) {
		struct tls_nopipe np;
		int r, e;
		ERR_clear_error();
		tls_nopipe_begin(&np);
		r = SSL_connect(ssl);
		tls_nopipe_end(&np);
		if (r == 1)
			return 0;
		e = SSL_get_error(ssl, r);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			return tls_refused(a, ssl);
		if (tls_wait(c->fd, e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT,
			     deadline) < 0) {
			a->error = errno == ETIMEDOUT ? API_ERR_TIMEOUT
						      : API_ERR_CONNECT;
			a->sys_errno = errno;
			return -1;
		}
	}
}

/* Maps a failed SSL_read_ex or SSL_write_ex to errno. */
static ssize_t tls_error(struct conn *c, int r)
{
	switch (SSL_get_error(c->tls, r)) {
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		errno = EAGAIN;
		return -1;
	case SSL_ERROR_SYSCALL:
		ERR_clear_error();
		if (errno == 0)
			errno = ECONNRESET;
		return -1;
	default:
		tls_reason(c->err, sizeof(c->err), "TLS error");
		if (!SSL_get_certificate(c->tls))
			strncat(c->err, " (cosh sent no client certificate: "
				"cert.pem and key.pem are not both in "
				"DOCKER_CERT_PATH)", sizeof(c->err) -
				strlen(c->err) - 1);
		errno = EPROTO;
		return -1;
	}
}

ssize_t tls_read(struct conn *c, void *buf, size_t n)
{
	size_t got = 0;
	int r;

	ERR_clear_error();
	errno = 0;
	r = SSL_read_ex(c->tls, buf, n, &got);
	return r == 1 ? (ssize_t)got : tls_error(c, r);
}

ssize_t tls_write(struct conn *c, const void *buf, size_t n)
{
	struct tls_nopipe np;
	size_t put = 0;
	int r;

	ERR_clear_error();
	errno = 0;
	tls_nopipe_begin(&np);
	r = SSL_write_ex(c->tls, buf, n, &put);
	tls_nopipe_end(&np);
	return r == 1 ? (ssize_t)put : tls_error(c, r);
}

bool tls_pending(const struct conn *c)
{
	return SSL_pending(c->tls) > 0;
}

void tls_shutdown_write(struct conn *c)
{
	struct tls_nopipe np;

	ERR_clear_error();
	tls_nopipe_begin(&np);
	SSL_shutdown(c->tls);
	tls_nopipe_end(&np);
	ERR_clear_error();
}

void tls_free(struct conn *c)
{
	SSL_free(c->tls);
	c->tls = NULL;
}

void tls_ctx_free(struct api *a)
{
	SSL_CTX_free(a->tls_ctx);
	a->tls_ctx = NULL;
}
