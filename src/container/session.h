/* The exec session: one non-blocking poll() loop that pumps fd 0 to the
 * hijacked stream (with a half-close at local EOF, never in tty mode) and
 * the stream to fds 1 and 2 (demultiplexed without a tty, raw with one),
 * byte-exact, losing nothing when the command exits. The first output is
 * held back while it looks like an engine start-failure message, so that
 * such a message can be reported on stderr instead of appearing on stdout
 * (container.c decides once the exec's status is known). */
#ifndef COSH_CONTAINER_SESSION_H
#define COSH_CONTAINER_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "container/stream.h"

struct api;
struct conn;
struct remote;
struct tty;

#define SESSION_IN_MAX 65536
#define SESSION_HOLD_MAX 4096
#define SESSION_HOLD_SEGMENTS 16
#define SESSION_SYSERR_MAX 1024
#define SESSION_GONE_MS 2000   /* after TERM, then after KILL */
#define SESSION_PROBE_MS 5000  /* stream silence before the engine is asked
				  whether it is still there */

enum session_end {
	SESSION_EOF,       /* the engine ended the stream cleanly */
	SESSION_BROKEN,    /* the connection broke (errno in sys_errno) */
	SESSION_PROTOCOL,  /* a malformed frame header */
	SESSION_SIGNAL,    /* a signal that could not be passed on (signal) */
	SESSION_OUTPUT,    /* writing fd 1 or 2 failed (errno in sys_errno) */
	SESSION_POLL,      /* waiting for events failed (errno in sys_errno) */
	SESSION_SILENT,    /* the engine stopped answering (sys_errno) */
};

enum session_hold {
	SESSION_HOLD_UNDECIDED,
	SESSION_HOLD_ON,
	SESSION_HOLD_OFF,
};

struct session {
	struct api *api;        /* for resizes */
	const char *id;         /* the exec ID */
	struct tty *tty;        /* raw-mode state to re-apply, or NULL */
	struct conn *conn;      /* the hijacked stream, non-blocking */
	bool is_tty;            /* raw stream (Tty true) */
	bool stdin_tty;         /* fd 0 is a terminal */
	bool stdin_open;        /* still reading fd 0 */
	bool want_shutdown;     /* half-close once pending input is sent */
	bool half_closed;
	bool sent_any;
	char last_sent;
	int sys_errno;
	struct remote *remote;  /* passes signals on, or NULL */
	int signal;             /* SESSION_SIGNAL: the one not passed on */
	int out_errno;          /* a write to fd 1 or 2 failed: errno */
	int gone_sig;           /* signal sent since the local side went */
	long long gone_deadline;/* when to escalate or give up (ms) */
	long long heard;        /* when the engine last said something (ms) */
	char in[SESSION_IN_MAX];   /* stdin bytes read, not yet sent */
	size_t in_len, in_off;
	struct stream_demux demux;
	enum session_hold hold;
	char held[SESSION_HOLD_MAX];
	size_t held_len;
	size_t seg_len[SESSION_HOLD_SEGMENTS];
	int seg_type[SESSION_HOLD_SEGMENTS];
	size_t nseg;
	char syserr[SESSION_SYSERR_MAX + 1]; /* text of engine error frames */
	size_t syserr_len;
};

/* Prepares s for the stream on conn. tty is the raw-mode state (NULL when
 * the local terminal is not in raw mode). */
void session_init(struct session *s, struct api *api, const char *id,
		  struct conn *conn, bool is_tty, struct tty *tty);

/* Signals INT, TERM, HUP, QUIT, USR1 and USR2 that arrive while the
 * session runs are passed on through remote (remote.h). When writing fd 1
 * or 2 fails (a closed pipe, a full disk), the local side has gone: the
 * rest of the output is dropped, the remote command is sent TERM, then
 * KILL after SESSION_GONE_MS, and the session ends with SESSION_OUTPUT
 * when the stream does, or SESSION_GONE_MS after the KILL. */
void session_set_remote(struct session *s, struct remote *remote);

/* Runs the loop until the stream ends. rest holds stream bytes that came
 * with the 101 head. Returns how it ended. After SESSION_PROBE_MS without
 * a byte from the stream the engine is asked about the exec (exec
 * inspect, answered within API_PROBE_MS): an engine, or a host or network
 * on the way, that died or stopped answering, which a silent stream
 * cannot tell from a silent command, ends the session with
 * SESSION_SILENT, everything received before written out. */
enum session_end session_pump(struct session *s, const char *rest,
			      size_t rest_len);

/* Feeds stream bytes as if read from the socket (used by session_pump and
 * by tests). Returns 0, or the session_end that stops the session. */
int session_input(struct session *s, const char *buf, size_t n);

/* When output is held back, copies the first held segment (a NUL-free,
 * NUL-terminated string) into out and returns true. */
bool session_held_text(const struct session *s, char *out, size_t outlen);
/* Writes out whatever is held back, in order. Returns 0 or -1 (errno). */
int session_flush_held(struct session *s);
/* Drops what is held back (it was reported as a diagnostic). */
void session_drop_held(struct session *s);

#endif
