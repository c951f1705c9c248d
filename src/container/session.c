/* The session pump. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "container/api.h"
#include "container/conn.h"
#include "container/failure.h"
#include "container/remote.h"
#include "container/session.h"
#include "container/tty.h"

static long long session_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void session_init(struct session *s, struct api *api, const char *id,
		  struct conn *conn, bool is_tty, struct tty *tty)
{
	memset(s, 0, sizeof(*s));
	s->api = api;
	s->id = id;
	s->conn = conn;
	s->is_tty = is_tty;
	s->tty = tty;
	s->stdin_open = fcntl(0, F_GETFL) != -1;
	s->stdin_tty = s->stdin_open && isatty(0);
	s->hold = SESSION_HOLD_UNDECIDED;
	s->heard = session_now_ms();
	stream_demux_init(&s->demux);
	if (!s->stdin_open && !is_tty)
		s->want_shutdown = true;
}

void session_set_remote(struct session *s, struct remote *remote)
{
	s->remote = remote;
}

/* Sends sig to the remote command. Returns 0, or -1 when it could not be
 * passed on (the caller reports it). */
static int session_forward(struct session *s, int sig)
{
	if (!s->remote)
		return -1;
	return remote_signal(s->remote, sig);
}

/* Writing fd 1 or 2 failed: the local side has gone. The remote command
 * is told so with TERM (KILL later, from the loop). */
static void session_output_gone(struct session *s, int e)
{
	if (s->out_errno)
		return;
	s->out_errno = e;
	s->gone_sig = SIGTERM;
	s->gone_deadline = session_now_ms() + SESSION_GONE_MS;
	if (session_forward(s, SIGTERM) < 0)
		s->gone_deadline = 0;     /* nothing to wait for */
}

/* Writes all of buf to fd, waiting when fd is non-blocking. */
static int session_write(int fd, const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, buf, n);
		if (k > 0) {
			buf += k;
			n -= (size_t)k;
		} else if (k < 0 && errno == EAGAIN) {
			struct pollfd p = { .fd = fd, .events = POLLOUT };
			poll(&p, 1, -1);
		} else if (k < 0 && errno != EINTR) {
			return -1;
		}
	}
	return 0;
}

static int session_type_fd(int type)
{
	return type == STREAM_STDERR ? 2 : 1;
}

int session_flush_held(struct session *s)
{
	size_t i, off = 0;
	int ret = 0;

	for (i = 0; i < s->nseg; i++) {
		if (ret == 0 && session_write(session_type_fd(s->seg_type[i]),
					      s->held + off, s->seg_len[i]) < 0)
			ret = -1;
		off += s->seg_len[i];
	}
	session_drop_held(s);
	return ret;
}

void session_drop_held(struct session *s)
{
	s->held_len = 0;
	s->nseg = 0;
	s->hold = SESSION_HOLD_OFF;
}

bool session_held_text(const struct session *s, char *out, size_t outlen)
{
	size_t n;

	if (s->nseg == 0 || outlen == 0)
		return false;
	n = s->seg_len[0] < outlen - 1 ? s->seg_len[0] : outlen - 1;
	memcpy(out, s->held, n);
	out[n] = '\0';
	return strlen(out) == n;
}

/* Appends to the held output, or flushes everything when it does not fit
 * or stops looking like a start failure. Returns 0 or -1 (errno). */
static int session_hold(struct session *s, int type, const char *data,
			size_t n)
{
	bool same = s->nseg > 0 && s->seg_type[s->nseg - 1] == type;

	if (s->held_len + n > SESSION_HOLD_MAX ||
	    (!same && s->nseg == SESSION_HOLD_SEGMENTS) ||
	    (s->hold == SESSION_HOLD_UNDECIDED && s->nseg > 0 && !same)) {
		if (session_flush_held(s) < 0)
			return -1;
		return session_write(session_type_fd(type), data, n);
	}
	memcpy(s->held + s->held_len, data, n);
	s->held_len += n;
	if (same) {
		s->seg_len[s->nseg - 1] += n;
	} else {
		s->seg_type[s->nseg] = type;
		s->seg_len[s->nseg++] = n;
	}
	if (s->hold == SESSION_HOLD_UNDECIDED) {
		enum failure_match m = failure_match_start(s->held,
							   s->seg_len[0]);
		if (m == FAILURE_YES)
			s->hold = SESSION_HOLD_ON;
		else if (m == FAILURE_NO)
			return session_flush_held(s);
	}
	return 0;
}

/* The demultiplexer's sink. */
static int session_sink(void *ctx, int type, const char *data, size_t n)
{
	struct session *s = ctx;

	if (type == STREAM_SYSERR) {
		size_t room = SESSION_SYSERR_MAX - s->syserr_len;
		if (n > room)
			n = room;
		memcpy(s->syserr + s->syserr_len, data, n);
		s->syserr_len += n;
		s->syserr[s->syserr_len] = '\0';
		return 0;
	}
	if (type == STREAM_STDIN)
		type = STREAM_STDOUT;
	if (s->out_errno)
		return 0;                 /* the local side has gone */
	if (s->hold != SESSION_HOLD_OFF ?
	    session_hold(s, type, data, n) < 0 :
	    session_write(session_type_fd(type), data, n) < 0)
		session_output_gone(s, errno);
	return 0;
}

int session_input(struct session *s, const char *buf, size_t n)
{
	int r;

	if (n == 0)
		return 0;
	if (s->is_tty)
		r = session_sink(s, STREAM_STDOUT, buf, n);
	else
		r = stream_demux_feed(&s->demux, buf, n, session_sink, s);
	if (r < 0)
		return SESSION_PROTOCOL;
	/* An engine's start-failure text comes whole in one frame (one write
	 * with a tty): output that is still undecided when its frame is
	 * complete is ordinary output, and is not delayed any longer. */
	if (r == 0 && s->hold == SESSION_HOLD_UNDECIDED && s->held_len &&
	    (s->is_tty || stream_demux_idle(&s->demux)) &&
	    session_flush_held(s) < 0)
		session_output_gone(s, errno);
	return r;
}

/* Local stdin reached its end (or cannot be read). */
static void session_stdin_eof(struct session *s)
{
	s->stdin_open = false;
	if (!s->is_tty) {
		s->want_shutdown = true;   /* the remote stdin reads EOF */
	} else if (!s->stdin_tty && s->in_len == 0) {
		/* With a forced tty on a non-terminal, half-closing would end
		 * the session (docker) or hang it (podman); the pty's VEOF at
		 * the start of a line is the only EOF the remote can see. */
		size_t i = 0;
		if (s->sent_any && s->last_sent != '\n' && s->last_sent != 4)
			s->in[i++] = 4;
		s->in[i++] = 4;
		s->in_len = i;
		s->in_off = 0;
	}
}

static void session_read_stdin(struct session *s)
{
	ssize_t k = read(0, s->in, sizeof(s->in));

	if (k > 0) {
		s->in_len = (size_t)k;
		s->in_off = 0;
	} else if (k == 0 || (errno != EAGAIN && errno != EINTR)) {
		session_stdin_eof(s);
	}
}

static void session_send_stdin(struct session *s)
{
	ssize_t k = conn_write(s->conn, s->in + s->in_off,
			       s->in_len - s->in_off);

	if (k > 0) {
		s->in_off += (size_t)k;
		s->sent_any = true;
		s->last_sent = s->in[s->in_off - 1];
		if (s->in_off == s->in_len)
			s->in_len = s->in_off = 0;
	} else if (k < 0 && errno != EAGAIN && errno != EINTR) {
		/* The engine stopped taking input: the process is gone or
		 * closed its stdin. What it wrote is still to be read. */
		s->stdin_open = false;
		s->want_shutdown = false;
		s->in_len = s->in_off = 0;
	}
}

static void session_winch(struct session *s)
{
	unsigned rows, cols;

	tty_winch_pending = 0;
	if (s->tty)
		tty_reapply(s->tty);
	if (s->is_tty && tty_winsize(&rows, &cols))
		api_exec_resize(s->api, s->id, rows, cols);
}

/* Reads what the socket has. Returns -1 to go on, or how the session
 * ended. */
static int session_read_stream(struct session *s)
{
	char buf[65536];
	ssize_t k = conn_read(s->conn, buf, sizeof(buf));
	int r;

	if (k < 0 && (errno == EAGAIN || errno == EINTR))
		return -1;
	if (k < 0) {
		s->sys_errno = errno;
		return SESSION_BROKEN;
	}
	if (k > 0)
		s->heard = session_now_ms();
	if (k == 0 && s->out_errno) {
		s->sys_errno = s->out_errno;
		return SESSION_OUTPUT;
	}
	if (k == 0) {
		if (s->is_tty || stream_demux_idle(&s->demux))
			return SESSION_EOF;
		s->sys_errno = ECONNRESET;        /* cut inside a frame */
		return SESSION_BROKEN;
	}
	r = session_input(s, buf, (size_t)k);
	return r ? r : -1;
}

/* One wait for events, until the deadline of a gone local side if there
 * is one. The session's signals are blocked except inside ppoll, so a
 * signal never slips in between looking at the flags and going to sleep. */
static int session_poll(struct session *s, struct pollfd *p,
			const sigset_t *wait_mask)
{
	struct timespec ts;
	long long deadline = s->gone_deadline, left;

	if (s->api && (!deadline || s->heard + SESSION_PROBE_MS < deadline))
		deadline = s->heard + SESSION_PROBE_MS;
	if (!deadline)
		return ppoll(p, 2, NULL, wait_mask);
	left = deadline - session_now_ms();
	if (left < 0)
		left = 0;
	ts.tv_sec = (time_t)(left / 1000);
	ts.tv_nsec = (long)(left % 1000) * 1000000;
	return ppoll(p, 2, &ts, wait_mask);
}

/* Passes on the signals that arrived. Returns -1 to go on, or
 * SESSION_SIGNAL when one could not be passed on. */
static int session_signals(struct session *s)
{
	int sig;

	while ((sig = tty_take_signal()) != 0) {
		if (session_forward(s, sig) < 0) {
			s->signal = sig;
			return SESSION_SIGNAL;
		}
	}
	return -1;
}

/* The local side has gone and the remote command has not ended in time:
 * KILL it, or give up. Returns -1 to go on, or SESSION_OUTPUT. */
static int session_gone_timeout(struct session *s)
{
	if (!s->out_errno)
		return -1;
	if (s->gone_deadline && session_now_ms() < s->gone_deadline)
		return -1;
	if (s->gone_deadline && s->gone_sig == SIGTERM &&
	    session_forward(s, SIGKILL) == 0) {
		s->gone_sig = SIGKILL;
		s->gone_deadline = session_now_ms() + SESSION_GONE_MS;
		return -1;
	}
	s->sys_errno = s->out_errno;
	return SESSION_OUTPUT;
}

/* The stream has been silent for SESSION_PROBE_MS: is the engine still
 * there? Returns -1 to go on, or SESSION_SILENT. */
static int session_probe(struct session *s)
{
	struct api_status st;

	if (!s->api || session_now_ms() < s->heard + SESSION_PROBE_MS)
		return -1;
	if (api_exec_probe(s->api, s->id, &st) < 0) {
		s->sys_errno = s->api->sys_errno;
		return SESSION_SILENT;
	}
	s->heard = session_now_ms();
	return -1;
}

static int session_loop(struct session *s, const sigset_t *wait_mask)
{
	int r = -1;

	while (r == -1) {
		struct pollfd p[2] = { { .fd = s->conn->fd, .events = POLLIN },
				       { .fd = -1 } };
		if ((r = session_signals(s)) != -1 ||
		    (r = session_gone_timeout(s)) != -1 ||
		    (r = session_probe(s)) != -1)
			return r;
		if (tty_winch_pending)
			session_winch(s);
		if (s->in_len > s->in_off)
			p[0].events |= POLLOUT;
		else if (s->stdin_open)
			p[1] = (struct pollfd){ .fd = 0, .events = POLLIN };
		if (s->want_shutdown && !s->half_closed && s->in_len == 0) {
			conn_shutdown_write(s->conn);
			s->half_closed = true;
		}
		if (conn_pending(s->conn)) {
			r = session_read_stream(s);   /* inside the TLS layer */
			continue;
		}
		if (session_poll(s, p, wait_mask) < 0) {
			if (errno == EINTR)
				continue;         /* look at the flags */
			s->sys_errno = errno;
			return SESSION_POLL;
		}
		if (p[1].revents)
			session_read_stdin(s);
		if (p[0].revents & POLLOUT)
			session_send_stdin(s);
		if (p[0].revents & (POLLIN | POLLHUP | POLLERR))
			r = session_read_stream(s);
	}
	return r;
}

enum session_end session_pump(struct session *s, const char *rest,
			      size_t rest_len)
{
	sigset_t set, old;
	int r = session_input(s, rest, rest_len);

	if (r != 0)
		return (enum session_end)r;
	sigemptyset(&set);
	tty_signals_add(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	r = session_loop(s, &old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return (enum session_end)r;
}
