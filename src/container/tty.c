/* Raw mode, window size and session signals. */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "container/tty.h"

volatile sig_atomic_t tty_winch_pending;
volatile sig_atomic_t tty_stop_signal;

static const int tty_signals[TTY_NSIGNALS] = {
	SIGWINCH, SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM,
};

static void tty_on_signal(int signo)
{
	if (signo == SIGWINCH || signo == SIGCONT)
		tty_winch_pending = 1;   /* SIGCONT: re-apply raw mode too */
	else
		tty_stop_signal = signo;
}

void tty_init(struct tty *t)
{
	memset(t, 0, sizeof(*t));
	t->fd = -1;
}

int tty_enter_raw(struct tty *t, int fd)
{
	struct termios raw;

	if (tcgetattr(fd, &t->saved) < 0)
		return -1;
	raw = t->saved;
	cfmakeraw(&raw);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(fd, TCSANOW, &raw) < 0)
		return -1;
	t->fd = fd;
	return 0;
}

void tty_reapply(struct tty *t)
{
	struct termios raw;

	if (t->fd < 0)
		return;
	raw = t->saved;
	cfmakeraw(&raw);
	tcsetattr(t->fd, TCSANOW, &raw);
}

void tty_signals_install(struct tty *t)
{
	struct sigaction sa;
	int i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = tty_on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	tty_winch_pending = 0;
	tty_stop_signal = 0;
	for (i = 0; i < TTY_NSIGNALS; i++) {
		sigaction(tty_signals[i], NULL, &t->old[i]);
		if (t->old[i].sa_handler == SIG_IGN)
			continue;
		sigaction(tty_signals[i], &sa, NULL);
	}
	t->installed = true;
}

void tty_leave(struct tty *t)
{
	int i, e = errno;

	if (t->fd >= 0) {
		tcsetattr(t->fd, TCSANOW, &t->saved);
		t->fd = -1;
	}
	if (t->installed) {
		for (i = 0; i < TTY_NSIGNALS; i++)
			sigaction(tty_signals[i], &t->old[i], NULL);
		t->installed = false;
	}
	errno = e;
}

bool tty_winsize(unsigned *rows, unsigned *cols)
{
	struct winsize ws;
	int fd;

	for (fd = 0; fd <= 2; fd++) {
		if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row && ws.ws_col) {
			*rows = ws.ws_row;
			*cols = ws.ws_col;
			return true;
		}
	}
	return false;
}
