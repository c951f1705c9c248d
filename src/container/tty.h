/* The local terminal during a tty session: raw mode (always restored by the
 * caller through tty_leave), the window size, and the signals a session
 * watches (SIGWINCH for resizes; SIGHUP, SIGINT, SIGQUIT and SIGTERM end
 * the session cleanly so the terminal is restored before the default
 * action runs). */
#ifndef COSH_CONTAINER_TTY_H
#define COSH_CONTAINER_TTY_H

#include <signal.h>
#include <stdbool.h>
#include <termios.h>

/* Set by the handlers; the only file-scope mutable state here. */
extern volatile sig_atomic_t tty_winch_pending;
extern volatile sig_atomic_t tty_stop_signal;  /* 0 or the signal */

#define TTY_NSIGNALS 6

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
/* Installs the session's signal handlers (remembering the old actions);
 * handlers of signals that were ignored are left alone. */
void tty_signals_install(struct tty *t);
/* Restores the terminal settings and the signal actions; safe to call
 * more than once and when nothing was changed. */
void tty_leave(struct tty *t);
/* Puts the terminal back in raw mode after a stop and continue. */
void tty_reapply(struct tty *t);
/* The window size of the first terminal among fds 0, 1, 2. Returns false
 * when none is a terminal or the size is unknown (0x0). */
bool tty_winsize(unsigned *rows, unsigned *cols);

#endif
