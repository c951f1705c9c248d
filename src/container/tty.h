/* The local terminal during a tty session: raw mode (always restored by the
 * caller through tty_leave), the window size, and the signals a session
 * watches (SIGWINCH for resizes; SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1
 * and SIGUSR2 to pass on to the remote command). */
#ifndef COSH_CONTAINER_TTY_H
#define COSH_CONTAINER_TTY_H

#include <signal.h>
#include <stdbool.h>
#include <termios.h>

/* Set by the handlers; the only file-scope mutable state here. */
extern volatile sig_atomic_t tty_winch_pending;

/* The signals a session passes on to the remote command, and whether each
 * arrived since tty_take_signal last looked. */
#define TTY_NFORWARD 6
extern volatile sig_atomic_t tty_forward_pending[TTY_NFORWARD];

#define TTY_NSIGNALS (TTY_NFORWARD + 3)  /* + SIGWINCH, SIGCONT, SIGPIPE */

struct tty {
	int fd;                  /* the terminal put in raw mode, or -1 */
	struct termios saved;
	bool installed;          /* handlers installed */
	struct sigaction old[TTY_NSIGNALS];
};

/* Initialises t (nothing changed yet). */
void tty_init(struct tty *t);
/* Puts terminal fd in raw mode, remembering its settings. Returns 0 or -1
 * with errno set (then nothing changed). */
int tty_enter_raw(struct tty *t, int fd);
/* Installs the session's signal handlers, with or without a terminal
 * (remembering the old actions): SIGINT, SIGTERM, SIGHUP, SIGQUIT,
 * SIGUSR1 and SIGUSR2 are noted for forwarding, SIGWINCH and SIGCONT as a
 * resize; signals that were ignored stay ignored. SIGPIPE is ignored
 * while the session runs, so a closed output is a write error (EPIPE);
 * *pipe_default tells whether it was SIG_DFL before. */
void tty_signals_install(struct tty *t, bool *pipe_default);
/* The next signal noted for forwarding (and clears it), or 0. */
int tty_take_signal(void);
/* Adds the forwarded signals, SIGWINCH and SIGCONT to set. */
void tty_signals_add(sigset_t *set);
/* Restores the terminal settings and the signal actions; safe to call
 * more than once and when nothing was changed. */
void tty_leave(struct tty *t);
/* Puts the terminal back in raw mode after a stop and continue. */
void tty_reapply(struct tty *t);
/* The window size of the first terminal among fds 0, 1, 2. Returns false
 * when none is a terminal or the size is unknown (0x0). */
bool tty_winsize(unsigned *rows, unsigned *cols);

#endif
