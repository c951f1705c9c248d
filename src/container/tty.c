/* Raw mode, window size and session signals. */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "container/tty.h"

volatile sig_atomic_t tty_winch_pending;
volatile sig_atomic_t tty_forward_pending[TTY_NFORWARD];

/* The forwarded signals first, in the order of tty_forward_pending. */
static const int tty_signals[TTY_NSIGNALS] = {
	SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2,
	SIGWINCH, SIGCONT, SIGPIPE,
};

static void tty_on_signal(int signo)
{
	int i;

	if (signo == SIGWINCH || signo == SIGCONT) {
		tty_winch_pending = 1;   /* SIGCONT: re-apply raw mode too */
		return;
	}
	for (i = 0; i < TTY_NFORWARD; i++)
		if (tty_signals[i] == signo)
			tty_forward_pending[i] = 1;
}

int tty_take_signal(void)
{
	int i;

	for (i = 0; i < TTY_NFORWARD; i++) {
		if (tty_forward_pending[i]) {
			tty_forward_pending[i] = 0;
			return tty_signals[i];
		}
	}
	return 0;
}

void tty_signals_add(sigset_t *set)
{
	int i;

	for (i = 0; i < TTY_NSIGNALS; i++)
		if (tty_signals[i] != SIGPIPE)
			sigaddset(set, tty_signals[i]);
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

void tty_signals_install(struct tty *t, bool *pipe_default)
{
	struct sigaction sa, ign;
	int i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = tty_on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	ign = sa;
	ign.sa_handler = SIG_IGN;
	tty_winch_pending = 0;
	for (i = 0; i < TTY_NFORWARD; i++)
		tty_forward_pending[i] = 0;
	for (i = 0; i < TTY_NSIGNALS; i++) {
		sigaction(tty_signals[i], NULL, &t->old[i]);
		if (tty_signals[i] == SIGPIPE)
			*pipe_default = t->old[i].sa_handler == SIG_DFL;
		if (t->old[i].sa_handler == SIG_IGN)
			continue;
		sigaction(tty_signals[i], tty_signals[i] == SIGPIPE ? &ign : &sa,
			  NULL);
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
