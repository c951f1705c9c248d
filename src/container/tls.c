/* TLS through OpenSSL (tls.h). */
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#ifdef COSH_TLS_DLOPEN
#include <dlfcn.h>
#endif

#include "arena.h"
#include "container/api.h"
#include "container/conn.h"
#include "container/tls.h"

/* The OpenSSL functions used, reached through pointers: a dynamic cosh
 * loads libssl with dlopen when TLS is first used (linking it into every
 * run would more than double the start-up time of cosh, as libedit would);
 * a static cosh has them linked in. */
#define TLS_FUNCTIONS(F) \
	F(ERR_clear_error) F(ERR_get_error) F(ERR_reason_error_string) \
	F(SSL_CTX_ctrl) F(SSL_CTX_free) F(SSL_CTX_load_verify_locations) \
	F(SSL_CTX_new) F(SSL_CTX_set_default_verify_dir) \
	F(SSL_CTX_set_options) F(SSL_CTX_set_verify) \
	F(SSL_CTX_use_PrivateKey_file) F(SSL_CTX_use_certificate_chain_file) \
	F(SSL_connect) F(SSL_ctrl) F(SSL_free) F(SSL_get0_param) \
	F(SSL_get_certificate) F(SSL_get_error) F(SSL_get_verify_result) \
	F(SSL_new) F(SSL_pending) F(SSL_read_ex) F(SSL_set1_host) \
	F(SSL_set_fd) F(SSL_set_hostflags) F(SSL_shutdown) F(SSL_write_ex) \
	F(TLS_client_method) F(X509_VERIFY_PARAM_set1_ip_asc) \
	F(X509_verify_cert_error_string)

struct tls_lib {
#define TLS_MEMBER(f) __typeof__(&f) f;
	TLS_FUNCTIONS(TLS_MEMBER)
#undef TLS_MEMBER
};

/* What an api holds (api->tls_ctx). */
struct tls_state {
	struct tls_lib lib;
	SSL_CTX *ctx;
};

/* What a connection holds (conn->tls). */
struct tls_conn {
	SSL *ssl;
	const struct tls_lib *lib;
};

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
static void tls_reason(const struct tls_lib *L, char *out, size_t outlen,
		       const char *otherwise)
{
	unsigned long e, last = 0;
	const char *r;

	while ((e = L->ERR_get_error()) != 0)
		last = e;
	r = last ? L->ERR_reason_error_string(last) : NULL;
	snprintf(out, outlen, "%s", r ? r : otherwise);
}

static int tls_fail(struct api *a, const char *fmt, const char *what)
{
	const struct tls_state *t = a->tls_ctx;
	char why[200];

	if (t)
		tls_reason(&t->lib, why, sizeof(why), "error");
	else
		snprintf(why, sizeof(why), "error");
	snprintf(a->message, sizeof(a->message), fmt, what, why);
	a->error = API_ERR_TLS;
	return -1;
}

static bool tls_exists(const char *path)
{
	struct stat st;

	return path[0] && stat(path, &st) == 0;
}

/* Fills a->tls_ctx's functions. Returns 0, or -1 (a->message). */
static int tls_load(struct api *a)
{
	struct tls_state *t = xcalloc(1, sizeof(*t));
#ifdef COSH_TLS_DLOPEN
	static const char *const names[] = { "libssl.so.3", "libssl.so" };
	static const struct {
		const char *name;
		size_t offset;
	} syms[] = {
#define TLS_SYM(f) { #f, offsetof(struct tls_lib, f) },
		TLS_FUNCTIONS(TLS_SYM)
#undef TLS_SYM
	};
	void *h = NULL;
	size_t i;

	for (i = 0; !h && i < sizeof(names) / sizeof(names[0]); i++)
		h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	/* never closed: a later TLS command finds it loaded */
	for (i = 0; h && i < sizeof(syms) / sizeof(syms[0]); i++) {
		void *f = dlsym(h, syms[i].name);
		if (!f)
			break;
		memcpy((char *)&t->lib + syms[i].offset, &f, sizeof(f));
	}
	if (!h || i < sizeof(syms) / sizeof(syms[0])) {
		const char *e = dlerror();
		snprintf(a->message, sizeof(a->message), "cannot load "
			 "OpenSSL's libssl.so.3 (the Debian package libssl3): "
			 "%s", e ? e : "a function is missing");
		a->error = API_ERR_TLS;
		free(t);
		return -1;
	}
#else
#define TLS_SET(f) t->lib.f = f;
	TLS_FUNCTIONS(TLS_SET)
#undef TLS_SET
#endif
	a->tls_ctx = t;
	return 0;
}

/* The context: verification and the client's certificate. */
static int tls_ctx(struct api *a)
{
	const struct endpoint *ep = &a->ep;
	const struct tls_lib *L;
	struct tls_state *t;
	SSL_CTX *ctx;

	if (a->tls_ctx && ((struct tls_state *)a->tls_ctx)->ctx)
		return 0;
	if (!a->tls_ctx && tls_load(a) < 0)
		return -1;
	t = a->tls_ctx;
	L = &t->lib;
	ctx = L->SSL_CTX_new(L->TLS_client_method());
	if (!ctx)
		return tls_fail(a, "%s%s", "");
	t->ctx = ctx;
	L->SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_2_VERSION,
			 NULL);
	L->SSL_CTX_ctrl(ctx, SSL_CTRL_MODE, SSL_MODE_ENABLE_PARTIAL_WRITE |
			SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER, NULL);
	/* An engine that closes without close_notify ends the stream; the
	 * exec's status still comes from exec inspect. */
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
	L->SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
#endif
	if (ep->tls_verify) {
		L->SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
		/* The system's CAs through the hashed directory, looked up
		 * when needed: loading the whole bundle file costs 25 ms. */
		L->SSL_CTX_set_default_verify_dir(ctx);
		/* no ca.pem (a context without one): the system's CAs */
		if (ep->ca[0] && !tls_exists(ep->ca)) {
			snprintf(a->message, sizeof(a->message), "cannot read "
				 "the CA certificate %.300s: %s", ep->ca,
				 strerror(errno));
			a->error = API_ERR_TLS;
			return -1;
		}
		if (ep->ca[0] &&
		    L->SSL_CTX_load_verify_locations(ctx, ep->ca, NULL) != 1)
			return tls_fail(a, "cannot read the CA certificate "
					"%.250s: %s", ep->ca);
	} else {
		L->SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	}
	if (tls_exists(ep->cert) && tls_exists(ep->key)) {
		if (L->SSL_CTX_use_certificate_chain_file(ctx, ep->cert) != 1)
			return tls_fail(a, "cannot use the client certificate "
					"%.250s: %s", ep->cert);
		if (L->SSL_CTX_use_PrivateKey_file(ctx, ep->key,
						SSL_FILETYPE_PEM) != 1)
			return tls_fail(a, "cannot use the client key %.250s: %s",
					ep->key);
	}
	return 0;
}

/* The engine's name (SNI) and what its certificate must be issued to. */
static void tls_names(const struct tls_lib *L, SSL *ssl,
		      const struct endpoint *ep)
{
	unsigned char addr[16];
	bool ip = inet_pton(AF_INET, ep->host, addr) == 1 ||
		  inet_pton(AF_INET6, ep->host, addr) == 1;

	if (!ip)
		L->SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME,
			    TLSEXT_NAMETYPE_host_name, (void *)ep->host);
	if (!ep->tls_verify)
		return;
	if (ip) {
		L->X509_VERIFY_PARAM_set1_ip_asc(L->SSL_get0_param(ssl),
						 ep->host);
	} else {
		L->SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
		L->SSL_set1_host(ssl, ep->host);
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
	const struct tls_lib *L = &((struct tls_state *)a->tls_ctx)->lib;
	long v = L->SSL_get_verify_result(ssl);

	if (v != X509_V_OK) {
		int n;
		L->ERR_clear_error();
		n = snprintf(a->message, sizeof(a->message), "the engine's "
			     "certificate was not accepted: %s",
			     L->X509_verify_cert_error_string(v));
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
	const struct tls_lib *L;
	struct tls_state *t;
	struct tls_conn *tc;
	SSL *ssl;

	if (tls_ctx(a) < 0)
		return -1;
	t = a->tls_ctx;
	L = &t->lib;
	ssl = L->SSL_new(t->ctx);
	if (!ssl || L->SSL_set_fd(ssl, c->fd) != 1) {
		L->SSL_free(ssl);
		return tls_fail(a, "%s%s", "");
	}
	tc = xmalloc(sizeof(*tc));
	tc->ssl = ssl;
	tc->lib = L;
	c->tls = tc;
	tls_names(L, ssl, &a->ep);
	for (;;) {
		struct tls_nopipe np;
		int r, e;
		L->ERR_clear_error();
		tls_nopipe_begin(&np);
		r = L->SSL_connect(ssl);
		tls_nopipe_end(&np);
		if (r == 1)
			return 0;
		e = L->SSL_get_error(ssl, r);
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
	const struct tls_conn *tc = c->tls;
	const struct tls_lib *L = tc->lib;

	switch (L->SSL_get_error(tc->ssl, r)) {
	case SSL_ERROR_ZERO_RETURN:
		return 0;
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		errno = EAGAIN;
		return -1;
	case SSL_ERROR_SYSCALL:
		L->ERR_clear_error();
		if (errno == 0)
			errno = ECONNRESET;
		return -1;
	default:
		tls_reason(L, c->err, sizeof(c->err), "TLS error");
		if (!L->SSL_get_certificate(tc->ssl))
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
	const struct tls_conn *tc = c->tls;
	const struct tls_lib *L = tc->lib;
	size_t got = 0;
	int r;

	L->ERR_clear_error();
	errno = 0;
	r = L->SSL_read_ex(tc->ssl, buf, n, &got);
	return r == 1 ? (ssize_t)got : tls_error(c, r);
}

ssize_t tls_write(struct conn *c, const void *buf, size_t n)
{
	const struct tls_conn *tc = c->tls;
	const struct tls_lib *L = tc->lib;
	struct tls_nopipe np;
	size_t put = 0;
	int r;

	L->ERR_clear_error();
	errno = 0;
	tls_nopipe_begin(&np);
	r = L->SSL_write_ex(tc->ssl, buf, n, &put);
	tls_nopipe_end(&np);
	return r == 1 ? (ssize_t)put : tls_error(c, r);
}

bool tls_pending(const struct conn *c)
{
	const struct tls_conn *tc = c->tls;

	return tc->lib->SSL_pending(tc->ssl) > 0;
}

void tls_shutdown_write(struct conn *c)
{
	const struct tls_conn *tc = c->tls;
	struct tls_nopipe np;

	tc->lib->ERR_clear_error();
	tls_nopipe_begin(&np);
	tc->lib->SSL_shutdown(tc->ssl);
	tls_nopipe_end(&np);
	tc->lib->ERR_clear_error();
}

void tls_free(struct conn *c)
{
	struct tls_conn *tc = c->tls;

	tc->lib->SSL_free(tc->ssl);
	free(tc);
	c->tls = NULL;
}

void tls_ctx_free(struct api *a)
{
	struct tls_state *t = a->tls_ctx;

	if (t)
		t->lib.SSL_CTX_free(t->ctx);
	free(t);
	a->tls_ctx = NULL;
}
