/* Signals and traps (XCU 2.11, 2.12, trap).
 *
 * The handler only records the signal; actions run later, between
 * commands, from trap_run_pending. Every handler is installed with
 * SA_RESTART (so reads and writes elsewhere are not cut short), except
 * SIGINT in an interactive shell, which must interrupt a blocking read of
 * the command line. SIGCHLD always has a handler (an empty one when it is
 * not trapped) so that the wait builtin can sleep in sigsuspend and wake
 * when a child ends. */
#include "trap.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "exec.h"
#include "shell.h"

volatile sig_atomic_t trap_pending[TRAP_NSIG];
volatile sig_atomic_t trap_any_pending;

struct trap_name {
	const char *name;
	int signo;
};

/* Primary names first: trap_signal_name returns the first match. */
static const struct trap_name trap_names[] = {
	{"HUP", SIGHUP}, {"INT", SIGINT}, {"QUIT", SIGQUIT},
	{"ILL", SIGILL}, {"TRAP", SIGTRAP}, {"ABRT", SIGABRT},
	{"BUS", SIGBUS}, {"FPE", SIGFPE}, {"KILL", SIGKILL},
	{"USR1", SIGUSR1}, {"SEGV", SIGSEGV}, {"USR2", SIGUSR2},
	{"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM},
#ifdef SIGSTKFLT
	{"STKFLT", SIGSTKFLT},
#endif
	{"CHLD", SIGCHLD}, {"CONT", SIGCONT}, {"STOP", SIGSTOP},
	{"TSTP", SIGTSTP}, {"TTIN", SIGTTIN}, {"TTOU", SIGTTOU},
	{"URG", SIGURG}, {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ},
	{"VTALRM", SIGVTALRM}, {"PROF", SIGPROF},
#ifdef SIGWINCH
	{"WINCH", SIGWINCH},
#endif
#ifdef SIGIO
	{"IO", SIGIO},
#endif
#ifdef SIGPWR
	{"PWR", SIGPWR},
#endif
	{"SYS", SIGSYS},
#ifdef SIGEMT
	{"EMT", SIGEMT},
#endif
#ifdef SIGINFO
	{"INFO", SIGINFO},
#endif
	/* aliases, accepted on input only */
	{"IOT", SIGABRT}, {"CLD", SIGCHLD},
#ifdef SIGPOLL
	{"POLL", SIGPOLL},
#endif
};

#ifdef SIGRTMIN
static const char *const trap_rtmin_names[] = {
	"RTMIN", "RTMIN+1", "RTMIN+2", "RTMIN+3", "RTMIN+4", "RTMIN+5",
	"RTMIN+6", "RTMIN+7", "RTMIN+8", "RTMIN+9", "RTMIN+10", "RTMIN+11",
	"RTMIN+12", "RTMIN+13", "RTMIN+14", "RTMIN+15",
};
static const char *const trap_rtmax_names[] = {
	"RTMAX", "RTMAX-1", "RTMAX-2", "RTMAX-3", "RTMAX-4", "RTMAX-5",
	"RTMAX-6", "RTMAX-7", "RTMAX-8", "RTMAX-9", "RTMAX-10", "RTMAX-11",
	"RTMAX-12", "RTMAX-13", "RTMAX-14", "RTMAX-15",
};
#endif

#define TRAP_NAMES_COUNT (sizeof trap_names / sizeof trap_names[0])

static void trap_handler(int signo)
{
	if (signo == SIGCHLD)
		jobs_child_changed = 1;
	trap_pending[signo] = 1;
	trap_any_pending = 1;
}

/* SIGCHLD when it is not trapped: wakes sigsuspend in jobs.c and tells
 * jobs_reap_changed that there is something to collect. */
static void trap_chld_handler(int signo)
{
	(void)signo;
	jobs_child_changed = 1;
}

/* Highest usable signal number + 1. */
static int trap_limit(void)
{
	return NSIG < TRAP_NSIG ? NSIG : TRAP_NSIG;
}

/* An interactive shell that is not a subshell handles INT, QUIT, TERM
 * itself (XCU 2.11). */
static bool trap_interactive(struct shell *sh)
{
	return sh->opts.interactive && !sh->subshell;
}

static bool trap_caught(struct shell *sh, int signo)
{
	const char *act = sh->traps.action[signo];
	return act && *act;
}

/* The disposition a signal has when no trap is set for it. */
static void (*trap_base_handler(struct shell *sh, int signo))(int)
{
	if (signo == SIGCHLD)
		return trap_chld_handler;
	if (sh->traps.ignored_at_entry[signo])
		return SIG_IGN;
	if (trap_interactive(sh)) {
		if (signo == SIGINT)
			return trap_handler;
		if (signo == SIGQUIT || signo == SIGTERM)
			return SIG_IGN;
		/* XCU 2.11: with job control, the terminal's stop signals
		 * must not stop the shell itself. */
		if (sh->opts.monitor && (signo == SIGTSTP || signo == SIGTTIN ||
					 signo == SIGTTOU))
			return SIG_IGN;
	}
	return SIG_DFL;
}

/* Installs the disposition that the trap table says signo must have. */
static void trap_install(struct shell *sh, int signo)
{
	const char *act = sh->traps.action[signo];
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	if (signo == SIGCHLD) {
		/* "" keeps the internal handler: ignoring SIGCHLD would make
		 * the kernel reap children before wait sees them. */
		sa.sa_handler = trap_caught(sh, signo) ? trap_handler
						       : trap_chld_handler;
		/* Under job control a stop must wake the wait builtin. */
		if (!sh->opts.monitor || sh->subshell)
			sa.sa_flags |= SA_NOCLDSTOP;
	} else if (act) {
		sa.sa_handler = *act ? trap_handler : SIG_IGN;
	} else {
		sa.sa_handler = trap_base_handler(sh, signo);
	}
	if (signo == SIGINT && trap_interactive(sh))
		sa.sa_flags &= ~SA_RESTART;
	sigaction(signo, &sa, NULL);
}

static void trap_set_handler(int signo, void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = handler;
	sigaction(signo, &sa, NULL);
}

void trap_init(struct shell *sh)
{
	struct traps *t = &sh->traps;
	int limit = trap_limit();
	sigset_t chld;

	for (int signo = 1; signo < limit; signo++) {
		struct sigaction old;
		if (signo == SIGKILL || signo == SIGSTOP)
			continue;
		if (sigaction(signo, NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			t->ignored_at_entry[signo] = true;
	}
	/* An interactive shell turns monitor mode on and takes the
	 * terminal before its handlers are installed. */
	jobs_init(sh);
	/* A SIGCHLD blocked at entry would make sigsuspend sleep forever. */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
	trap_install(sh, SIGCHLD);
	if (trap_interactive(sh)) {
		trap_install(sh, SIGINT);
		trap_install(sh, SIGQUIT);
		trap_install(sh, SIGTERM);
		trap_job_control(sh);
	}
}

void trap_job_control(struct shell *sh)
{
	trap_install(sh, SIGCHLD);
	trap_install(sh, SIGTSTP);
	trap_install(sh, SIGTTIN);
	trap_install(sh, SIGTTOU);
}

static int trap_rt_number(const char *name)
{
#ifdef SIGRTMIN
	const char *rest;
	int base, sign;
	long off = 0;

	if (strncasecmp(name, "RTMIN", 5) == 0) {
		base = SIGRTMIN;
		sign = 1;
	} else if (strncasecmp(name, "RTMAX", 5) == 0) {
		base = SIGRTMAX;
		sign = -1;
	} else {
		return -1;
	}
	rest = name + 5;
	if (*rest) {
		char *end;
		if ((sign > 0 && *rest != '+') || (sign < 0 && *rest != '-'))
			return -1;
		if (!isdigit((unsigned char)rest[1]))
			return -1;
		errno = 0;
		off = strtol(rest + 1, &end, 10);
		if (*end || errno || off > SIGRTMAX - SIGRTMIN)
			return -1;
	}
	return base + sign * (int)off;
#else
	(void)name;
	return -1;
#endif
}

int trap_signal_number(const char *name)
{
	if (isdigit((unsigned char)*name)) {
		char *end;
		long n;
		errno = 0;
		n = strtol(name, &end, 10);
		if (*end || errno || n < 0 || n >= trap_limit())
			return -1;
		if (n == 0 || trap_signal_name((int)n))
			return (int)n;
		return -1;
	}
	if (strcasecmp(name, "EXIT") == 0)
		return 0;
	if (strncasecmp(name, "SIG", 3) == 0)
		name += 3;
	for (size_t i = 0; i < TRAP_NAMES_COUNT; i++)
		if (strcasecmp(name, trap_names[i].name) == 0)
			return trap_names[i].signo;
	return trap_rt_number(name);
}

const char *trap_signal_name(int signo)
{
	if (signo == 0)
		return "EXIT";
	for (size_t i = 0; i < TRAP_NAMES_COUNT; i++)
		if (trap_names[i].signo == signo)
			return trap_names[i].name;
#ifdef SIGRTMIN
	if (signo >= SIGRTMIN && signo <= SIGRTMAX) {
		int half = (SIGRTMAX - SIGRTMIN) / 2;
		int lo = signo - SIGRTMIN, hi = SIGRTMAX - signo;
		if (lo <= half && lo < 16)
			return trap_rtmin_names[lo];
		if (lo > half && hi < 16)
			return trap_rtmax_names[hi];
	}
#endif
	return NULL;
}

int trap_set(struct shell *sh, int signo, const char *action)
{
	struct traps *t = &sh->traps;

	if (signo < 0 || signo >= trap_limit() ||
	    signo == SIGKILL || signo == SIGSTOP)
		return -1;
	/* XCU trap: signals ignored on entry to a non-interactive shell
	 * cannot be trapped or reset; no error need be reported. */
	if (signo != 0 && t->ignored_at_entry[signo] && !sh->opts.interactive)
		return -1;
	/* An interactive shell (and its subshells) may reset or catch one
	 * (as yash): from then on the trap table decides, there, in its
	 * subshells and in the commands they run. */
	if (signo != 0)
		t->ignored_at_entry[signo] = false;
	free(t->action[signo]);
	t->action[signo] = action ? xstrdup(action) : NULL;
	if (signo != 0)
		trap_install(sh, signo);
	return 0;
}

/* Runs one action with $? and the pending control flow preserved: XCU
 * trap, "the value of $? after the trap action completes shall be the
 * value it had before trap was invoked". An action that sets a flow of
 * its own (exit, return) keeps it and the status it set. */
static void trap_run_action(struct shell *sh, const char *action)
{
	struct traps *t = &sh->traps;
	bool was_running = t->running;
	int was_saved = t->saved_status;
	int status = sh->exit_status;
	enum flow flow = sh->flow;
	int levels = sh->flow_levels;
	bool nofork = sh->nofork;
	char *copy = xstrdup(action); /* the action may replace its trap */

	t->running = true;
	t->saved_status = status;
	sh->flow = FLOW_NONE;
	sh->nofork = false; /* the shell goes on after the action */
	exec_string(sh, copy, NULL);
	free(copy);
	sh->nofork = nofork;
	t->running = was_running;
	t->saved_status = was_saved;
	if (sh->flow == FLOW_NONE) {
		sh->flow = flow;
		sh->flow_levels = levels;
		sh->exit_status = status;
	}
}

void trap_run_pending(struct shell *sh)
{
	int limit = trap_limit();

	while (trap_any_pending) {
		trap_any_pending = 0;
		for (int signo = 1; signo < limit; signo++) {
			if (!trap_pending[signo])
				continue;
			trap_pending[signo] = 0;
			if (trap_caught(sh, signo)) {
				trap_run_action(sh, sh->traps.action[signo]);
			} else if (signo == SIGINT && trap_interactive(sh)) {
				sh->traps.interrupted = true;
			}
			if (sh->flow == FLOW_EXIT) {
				/* The rest waits; the shell is leaving. */
				trap_any_pending = 1;
				return;
			}
		}
	}
}

void trap_run_exit(struct shell *sh)
{
	struct traps *t = &sh->traps;
	char *action = t->action[0];
	bool was_running = t->running;
	int status = sh->exit_status;

	t->action[0] = NULL;
	if (!action)
		return;
	if (*action) {
		t->running = true;
		t->saved_status = status;
		sh->flow = FLOW_NONE;
		/* an exec'd last command would end with its own status */
		sh->nofork = false;
		exec_string(sh, action, NULL);
		t->running = was_running;
		/* XCU exit: the shell's status is the one before the EXIT
		 * trap unless the action itself ran exit. */
		if (sh->flow != FLOW_EXIT)
			sh->exit_status = status;
	}
	free(action);
}

void trap_reset_for_subshell(struct shell *sh)
{
	struct traps *t = &sh->traps;
	int limit = trap_limit();

	/* Signals that arrived before the fork belong to the parent. */
	trap_any_pending = 0;
	for (int signo = 0; signo < limit; signo++)
		trap_pending[signo] = 0;
	t->running = false;
	t->interrupted = false;
	/* XCU 2.12: traps that are not being ignored are set to the
	 * default action; EXIT included. A subshell of a subshell that has
	 * set no trap lists the same traps as its parent does. */
	if (!t->list_parent) {
		for (int signo = 0; signo < limit; signo++) {
			free(t->parent_action[signo]);
			t->parent_action[signo] = NULL;
		}
		t->list_parent = true;
		if (t->action[0] && *t->action[0]) {
			t->parent_action[0] = t->action[0];
			t->action[0] = NULL;
		}
		for (int signo = 1; signo < limit; signo++) {
			if (!trap_caught(sh, signo))
				continue;
			t->parent_action[signo] = t->action[signo];
			t->action[signo] = NULL;
			trap_install(sh, signo);
		}
	}
	/* An interactive shell's own handling of INT, QUIT and TERM, and of
	 * the job-control stop signals, is not inherited. */
	if (sh->opts.interactive) {
		static const int own[] = {SIGINT, SIGQUIT, SIGTERM,
					  SIGTSTP, SIGTTIN, SIGTTOU};
		for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
			if (!t->action[own[i]])
				trap_set_handler(own[i],
						 t->ignored_at_entry[own[i]]
							 ? SIG_IGN : SIG_DFL);
	}
}

void trap_reset_for_exec(struct shell *sh)
{
	struct traps *t = &sh->traps;
	int limit = trap_limit();

	for (int signo = 1; signo < limit; signo++) {
		const char *act = t->action[signo];
		if (signo == SIGKILL || signo == SIGSTOP)
			continue;
		if (signo == SIGCHLD) {
			bool ign = (act && !*act) ||
				   (!act && t->ignored_at_entry[signo]);
			trap_set_handler(signo, ign ? SIG_IGN : SIG_DFL);
		} else if (act) {
			if (*act)
				trap_set_handler(signo, SIG_DFL);
		} else if (trap_base_handler(sh, signo) != SIG_DFL &&
			   !t->ignored_at_entry[signo]) {
			/* the interactive shell's own INT, QUIT, TERM */
			trap_set_handler(signo, SIG_DFL);
		}
	}
}

void trap_restore(struct shell *sh)
{
	struct traps *t = &sh->traps;
	int limit = trap_limit();

	for (int signo = 1; signo < limit; signo++) {
		if (signo == SIGKILL || signo == SIGSTOP)
			continue;
		if (t->action[signo] || signo == SIGCHLD ||
		    trap_base_handler(sh, signo) != SIG_DFL)
			trap_install(sh, signo);
	}
}

void trap_ignore_for_async(struct shell *sh)
{
	/* XCU 2.11: the list inherits SIG_IGN for SIGINT and SIGQUIT. A
	 * trap set inside it may still catch or reset them (as in bash and
	 * yash), so this is not recorded as "ignored at entry". */
	if (!sh->traps.action[SIGINT])
		trap_set_handler(SIGINT, SIG_IGN);
	if (!sh->traps.action[SIGQUIT])
		trap_set_handler(SIGQUIT, SIG_IGN);
}

bool trap_any_set(struct shell *sh)
{
	for (int signo = 0; signo < TRAP_NSIG; signo++)
		if (sh->traps.action[signo] && sh->traps.action[signo][0])
			return true;
	return false;
}
