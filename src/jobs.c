/* Child processes and jobs: fork, wait, $!, the wait builtin, and job
 * control (XCU 2.11).
 *
 * Only the pids this table knows are ever waited for (never waitpid(-1)),
 * so a child waited for elsewhere is never stolen; a foreground job under
 * job control is waited for through its own process group, which holds
 * nothing else. A foreground wait blocks in waitpid; the wait builtin
 * sleeps in sigsuspend with every signal blocked in between, so a trapped
 * signal can never slip in between the check and the sleep (XCU wait: it
 * returns >128 at once).
 *
 * The terminal: the main shell of an interactive session is the leader
 * of its own process group and the terminal's foreground group between
 * commands. A foreground job's group is made the foreground group by both
 * the shell and the child (whichever runs first), and the shell takes the
 * terminal back when the job ends or stops. tcsetpgrp is always called
 * with SIGTTOU blocked, so a shell in the background of its terminal is
 * allowed to do it. */
#include "jobs.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "arena.h"
#include "error.h"
#include "fdtab.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"
#include "trap.h"

/* Finished async jobs remembered for a later `wait pid` (XCU 2.9.3.1
 * requires at least CHILD_MAX; this many are kept, oldest dropped). */
#define JOBS_KEEP_DONE 1024

/* --- The terminal --- */

/* Makes pgid the terminal's foreground group with the terminal signals
 * blocked (a background caller would otherwise get SIGTTOU). */
static void jobs_give_tty(int fd, pid_t pgid)
{
	sigset_t set, old;

	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigaddset(&set, SIGTTIN);
	sigaddset(&set, SIGTSTP);
	sigprocmask(SIG_BLOCK, &set, &old);
	tcsetpgrp(fd, pgid);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* The controlling terminal, opened once as a shell fd; -1 if none. */
static int jobs_tty(struct shell *sh)
{
	struct jobs *js = &sh->jobs;

	if (js->tty_tried)
		return js->tty_fd;
	js->tty_tried = true;
	js->shell_pgid = getpgrp();
	js->tty_fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (js->tty_fd < 0)
		return -1;
	if (fdtab_take(sh, &js->tty_fd) < 0) {
		close(js->tty_fd);
		js->tty_fd = -1;
		return -1;
	}
	js->has_tmodes = tcgetattr(js->tty_fd, &js->tmodes) == 0;
	return js->tty_fd;
}

/* The terminal when the shell's group is its foreground group (so the
 * shell may hand it to a job), else -1. */
static int jobs_tty_owned(struct shell *sh)
{
	int fd = jobs_tty(sh);

	if (fd < 0 || tcgetpgrp(fd) != sh->jobs.shell_pgid)
		return -1;
	return fd;
}

void jobs_init(struct shell *sh)
{
	struct jobs *js = &sh->jobs;
	pid_t pgrp;
	int fd;

	js->tty_fd = -1;
	if (!sh->opts.interactive || (fd = jobs_tty(sh)) < 0)
		return;
	/* XCU 2.11: an interactive shell started in the background waits
	 * until it is brought to the foreground. */
	while ((pgrp = tcgetpgrp(fd)) >= 0 && pgrp != getpgrp())
		kill(-getpgrp(), SIGTTIN);
	if (pgrp < 0)
		return; /* not our controlling terminal */
	if (getpgrp() != getpid()) {
		if (setpgid(0, 0) < 0)
			return;
		js->orig_pgid = pgrp;
	}
	js->shell_pgid = getpid();
	jobs_give_tty(fd, js->shell_pgid);
	js->has_tmodes = tcgetattr(fd, &js->tmodes) == 0;
	sh->opts.monitor = true;
	js->monitor_signals = true; /* trap_init installs them next */
}

void jobs_end(struct shell *sh)
{
	struct jobs *js = &sh->jobs;

	if (!sh->subshell && js->orig_pgid > 0 && js->tty_fd >= 0 &&
	    tcgetpgrp(js->tty_fd) == js->shell_pgid)
		jobs_give_tty(js->tty_fd, js->orig_pgid);
}

bool jobs_control_on(struct shell *sh)
{
	return sh->opts.monitor && !sh->subshell;
}

/* Puts process pid (0: this one) in job's group, and gives that group the
 * terminal fd when fd >= 0. Run by both parent and child. */
static void jobs_join_group(struct job *job, pid_t pid, int fd)
{
	pid_t pgid = job->pgid ? job->pgid : (pid ? pid : getpid());

	setpgid(pid, pgid);
	if (fd >= 0)
		jobs_give_tty(fd, pgid);
}

pid_t jobs_fork(struct shell *sh, struct job *job)
{
	bool control = job && job->control;
	int tty = -1;
	sigset_t all, old;
	pid_t pid;

	output_flush(&sh->out);
	if (control && !job->async && job->nprocs == 0)
		job->tty = jobs_tty_owned(sh) >= 0;
	if (control && job->tty)
		tty = sh->jobs.tty_fd;
	/* Signals stay blocked until the child has reset its traps, so
	 * none reaches the child through the parent's handlers (and the
	 * child may take the terminal without SIGTTOU). */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pid = fork();
	if (pid < 0) {
		int err = errno;
		sigprocmask(SIG_SETMASK, &old, NULL);
		error_print(sh, "fork: %s", strerror(err));
		return -1;
	}
	if (pid == 0) {
		if (control)
			jobs_join_group(job, 0, tty);
		shell_enter_subshell(sh);
		if (job && job->async && !control)
			trap_ignore_for_async(sh);
		output_discard(&sh->out);
		sigprocmask(SIG_SETMASK, &old, NULL);
		return 0;
	}
	if (control) {
		if (!job->pgid)
			job->pgid = pid;
		jobs_join_group(job, pid, tty);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (job) {
		job->procs = xrealloc(job->procs,
				      (job->nprocs + 1) * sizeof *job->procs);
		memset(&job->procs[job->nprocs], 0, sizeof *job->procs);
		job->procs[job->nprocs].pid = pid;
		job->nprocs++;
	}
	return pid;
}

struct job *jobs_new(struct shell *sh, bool async)
{
	struct job *job = xcalloc(1, sizeof *job);

	(void)sh;
	job->async = async;
	return job;
}

static void jobs_apply_monitor(struct shell *sh);

void jobs_set_command(struct shell *sh, struct job *job, char *text)
{
	jobs_apply_monitor(sh);
	free(job->text);
	job->text = text;
	job->control = jobs_control_on(sh);
}

char *jobs_argv_text(char *const *argv)
{
	struct strbuf sb = { 0 };

	for (size_t i = 0; argv[i]; i++) {
		if (i)
			strbuf_addc(&sb, ' ');
		strbuf_adds(&sb, argv[i]);
	}
	return strbuf_detach(&sb);
}

void jobs_free(struct job *job)
{
	if (!job)
		return;
	free(job->procs);
	free(job->text);
	free(job);
}

bool jobs_warn_stopped(struct shell *sh)
{
	static const char msg[] = "You have stopped jobs.\n";

	if (!sh->opts.interactive || sh->subshell || sh->jobs.exit_warning)
		return false;
	jobs_reap(sh);
	for (struct job *j = sh->jobs.list; j; j = j->next) {
		if (jobs_state(j) == JOB_STOPPED) {
			output_flush(&sh->out);
			output_write_all(2, msg, sizeof msg - 1);
			sh->jobs.exit_warning = 2;
			return true;
		}
	}
	return false;
}

enum job_state jobs_state(const struct job *job)
{
	bool stopped = false;

	for (size_t i = 0; i < job->nprocs; i++) {
		if (job->procs[i].done)
			continue;
		if (!job->procs[i].stopped)
			return JOB_RUNNING;
		stopped = true;
	}
	return stopped ? JOB_STOPPED : JOB_DONE;
}

static bool jobs_done(const struct job *job)
{
	return jobs_state(job) == JOB_DONE;
}

static bool jobs_has_pid(const struct job *job, pid_t pid)
{
	for (size_t i = 0; i < job->nprocs; i++)
		if (job->procs[i].pid == pid)
			return true;
	return false;
}

/* Drops the oldest finished jobs beyond JOBS_KEEP_DONE, keeping $!. */
static void jobs_prune(struct shell *sh)
{
	struct job **link = &sh->jobs.list;
	size_t ndone = 0;

	for (struct job *j = sh->jobs.list; j; j = j->next)
		if (jobs_done(j))
			ndone++;
	while (*link && ndone > JOBS_KEEP_DONE) {
		struct job *j = *link;
		if (jobs_done(j) && !jobs_has_pid(j, sh->last_async)) {
			*link = j->next;
			jobs_free(j);
			ndone--;
		} else {
			link = &j->next;
		}
	}
}

void jobs_add(struct shell *sh, struct job *job)
{
	struct job **link = &sh->jobs.list;
	size_t count = 0;
	int id = 0;

	for (; *link; link = &(*link)->next) {
		if ((*link)->id > id)
			id = (*link)->id;
		count++;
	}
	job->id = id + 1;
	job->next = NULL;
	job->seq = ++sh->jobs.seq;
	*link = job;
	sh->jobs.next_id = job->id + 1;
	/* Amortised: look for finished children once per power of two. */
	if (count >= 2 * JOBS_KEEP_DONE && (count & (count - 1)) == 0) {
		jobs_reap(sh);
		jobs_prune(sh);
	}
}

/* True when a ranks before b as the current job: stopped jobs first, then
 * the most recent (XCU 3.182 current job). */
static bool jobs_rank_above(const struct job *a, const struct job *b)
{
	bool sa, sb;

	if (!b)
		return true;
	sa = jobs_state(a) == JOB_STOPPED;
	sb = jobs_state(b) == JOB_STOPPED;
	if (sa != sb)
		return sa;
	return a->seq > b->seq;
}

/* The current and previous jobs among those `jobs` still shows. */
static void jobs_current(struct shell *sh, struct job **cur,
			 struct job **prev)
{
	*cur = *prev = NULL;
	for (struct job *j = sh->jobs.list; j; j = j->next) {
		if (j->reported == JOB_DONE)
			continue;
		if (jobs_rank_above(j, *cur)) {
			*prev = *cur;
			*cur = j;
		} else if (jobs_rank_above(j, *prev)) {
			*prev = j;
		}
	}
}

char jobs_marker(struct shell *sh, const struct job *job)
{
	struct job *cur, *prev;

	jobs_current(sh, &cur, &prev);
	return job == cur ? '+' : job == prev ? '-' : ' ';
}

struct job *jobs_find(struct shell *sh, const char *spec)
{
	struct job *cur, *prev, *match = NULL;
	size_t len;

	jobs_current(sh, &cur, &prev);
	if (*spec == '%')
		spec++;
	if (!*spec || strcmp(spec, "%") == 0 || strcmp(spec, "+") == 0)
		return cur;
	if (strcmp(spec, "-") == 0)
		return prev ? prev : cur;
	if (*spec >= '0' && *spec <= '9') {
		char *end;
		long id = strtol(spec, &end, 10);
		for (struct job *j = sh->jobs.list; j; j = j->next)
			if (!*end && j->id == id)
				return j;
		return NULL;
	}
	len = strlen(spec);
	for (struct job *j = sh->jobs.list; j; j = j->next) {
		const char *text = j->text ? j->text : "";
		bool hit = *spec == '?' ? strstr(text, spec + 1) != NULL
					: strncmp(text, spec, len) == 0;
		if (!hit)
			continue;
		if (match)
			return NULL; /* ambiguous */
		match = j;
	}
	return match;
}

void jobs_remove(struct shell *sh, struct job *job)
{
	for (struct job **link = &sh->jobs.list; *link;
	     link = &(*link)->next) {
		if (*link == job) {
			*link = job->next;
			break;
		}
	}
	jobs_free(job);
}

int jobs_status(int wstatus)
{
	if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	if (WIFSIGNALED(wstatus))
		return 128 + WTERMSIG(wstatus);
	if (WIFSTOPPED(wstatus))
		return 128 + WSTOPSIG(wstatus);
	return 255;
}

/* Records what waitpid returned for proc (r: its result, err: errno). */
static void jobs_record(struct job_proc *proc, pid_t r, int wstatus,
			int err)
{
	if (r == proc->pid) {
		if (WIFCONTINUED(wstatus)) {
			proc->stopped = false;
			return;
		}
		proc->wstatus = wstatus;
		proc->status = jobs_status(wstatus);
		proc->stopped = WIFSTOPPED(wstatus);
		proc->done = !proc->stopped;
	} else if (r < 0 && err == ECHILD) {
		/* Not our child any more (reaped elsewhere): unknown. */
		proc->status = 127;
		proc->stopped = false;
		proc->done = true;
	}
}

/* Polls the unfinished processes of job without blocking. Under job
 * control, stops and continuations are collected too; a job seen to
 * stop becomes the current job (XCU 3.182: the most recently
 * suspended). */
static void jobs_poll(struct shell *sh, struct job *job)
{
	int flags = WNOHANG | (job->control ? WUNTRACED | WCONTINUED : 0);
	bool was_stopped = jobs_state(job) == JOB_STOPPED;

	for (size_t i = 0; i < job->nprocs; i++) {
		struct job_proc *p = &job->procs[i];
		int ws = 0;
		pid_t r;
		if (p->done)
			continue;
		do
			r = waitpid(p->pid, &ws, flags);
		while (r < 0 && errno == EINTR);
		jobs_record(p, r, ws, errno);
	}
	if (!was_stopped && jobs_state(job) == JOB_STOPPED)
		job->seq = ++sh->jobs.seq;
}

volatile sig_atomic_t jobs_child_changed;

void jobs_reap(struct shell *sh)
{
	if (sh->jobs.borrowed)
		return; /* the parent's children, not ours */
	jobs_child_changed = 0;
	for (struct job *j = sh->jobs.list; j; j = j->next)
		jobs_poll(sh, j);
}

void jobs_reap_changed(struct shell *sh)
{
	if (jobs_child_changed)
		jobs_reap(sh);
}

/* A pending signal that interrupts the wait builtin: one with a trap
 * action, or an untrapped SIGINT in an interactive shell. 0 if none. */
static int jobs_interrupting_signal(struct shell *sh)
{
	if (!trap_any_pending)
		return 0;
	for (int signo = 1; signo < TRAP_NSIG; signo++) {
		const char *act = sh->traps.action[signo];
		if (!trap_pending[signo])
			continue;
		if (act && *act)
			return signo;
		if (signo == SIGINT && sh->opts.interactive && !sh->subshell)
			return signo;
	}
	return 0;
}

/* What an interruptible wait is waiting for: one job, or every job in the
 * list (job == NULL), to finish or (under job control) stop. */
static bool jobs_target_done(struct shell *sh, struct job *job)
{
	if (job) {
		jobs_poll(sh, job);
		return jobs_state(job) != JOB_RUNNING;
	}
	jobs_reap(sh);
	for (struct job *j = sh->jobs.list; j; j = j->next)
		if (jobs_state(j) == JOB_RUNNING)
			return false;
	return true;
}

/* The signals whose handler sets a flag or wakes us: blocked between the
 * checks and sigsuspend. Others (^Z, default-fatal ones) act as usual. */
static void jobs_handled_signals(struct shell *sh, sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGCHLD);
	if (sh->opts.interactive && !sh->subshell)
		sigaddset(set, SIGINT);
	for (int signo = 1; signo < TRAP_NSIG && signo < NSIG; signo++) {
		const char *act = sh->traps.action[signo];
		if (act && *act)
			sigaddset(set, signo);
	}
}

/* Sleeps until the target is done (returns 0) or a trapped signal
 * arrives (returns the signal number). XCU wait, 2.11. */
static int jobs_wait_interruptible(struct shell *sh, struct job *job)
{
	sigset_t handled, old, sleep_mask;
	int signo = 0;

	jobs_handled_signals(sh, &handled);
	sigprocmask(SIG_BLOCK, &handled, &old);
	sleep_mask = old;
	sigdelset(&sleep_mask, SIGCHLD);
	while (!jobs_target_done(sh, job)) {
		signo = jobs_interrupting_signal(sh);
		if (signo)
			break;
		sigsuspend(&sleep_mask);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return signo;
}

static struct job_proc *jobs_proc_of(struct job *job, pid_t pid)
{
	for (size_t i = 0; i < job->nprocs; i++)
		if (job->procs[i].pid == pid)
			return &job->procs[i];
	return NULL;
}

/* Blocks until job has finished or, under job control, stopped; not
 * interrupted by signals (their traps run after the command, XCU 2.11).
 * A job with a process group is waited for through the group, so a stop
 * of any of its processes is seen at once. Other children that changed
 * meanwhile are collected afterwards. */
static void jobs_wait_blocking(struct shell *sh, struct job *job)
{
	bool group = job->control && job->pgid > 0;
	int flags = job->control ? WUNTRACED : 0;

	while (jobs_state(job) == JOB_RUNNING) {
		struct job_proc *p = NULL;
		int ws = 0;
		pid_t r;
		for (size_t i = 0; i < job->nprocs && !p; i++)
			if (!job->procs[i].done && !job->procs[i].stopped)
				p = &job->procs[i];
		do
			r = waitpid(group ? -job->pgid : p->pid, &ws, flags);
		while (r < 0 && errno == EINTR);
		if (r < 0 && group) {
			/* A process left out of the group (its setpgid
			 * failed): wait for the rest by pid. */
			group = false;
			continue;
		}
		if (r > 0)
			p = jobs_proc_of(job, r);
		if (p)
			jobs_record(p, r, ws, errno);
		if (p && !p->done && !p->stopped && r < 0) {
			p->status = 127;
			p->done = true;
		}
	}
	/* Background jobs that ended meanwhile are collected now, as a
	 * shell waiting with waitpid(-1) would. */
	jobs_reap_changed(sh);
}

/* The status of a job that finished (the last process's, or with
 * pipefail the last failing one's) or stopped (128+the stop signal). */
static int jobs_result(struct shell *sh, const struct job *job)
{
	int status;

	if (job->nprocs == 0)
		return 0;
	if (jobs_state(job) == JOB_STOPPED) {
		for (size_t i = job->nprocs; i-- > 0;)
			if (job->procs[i].stopped)
				return job->procs[i].status;
	}
	status = job->procs[job->nprocs - 1].status;
	if (sh->opts.pipefail) {
		for (size_t i = job->nprocs; i-- > 0;) {
			if (job->procs[i].status != 0) {
				status = job->procs[i].status;
				break;
			}
		}
	}
	return status;
}

/* A foreground job whose processes were killed by signals: one line for
 * each on stderr, in pipeline order, naming the signal ("Killed",
 * "Quit (core dumped)"), except SIGINT and SIGPIPE, which a user or a
 * pipe reader sent on purpose (as dash). Nothing when the command
 * redirected its own stderr (job->quiet): dash writes the line there.
 * Under job control in an interactive shell the shell did not get a
 * SIGINT that killed the job (the job had its own group), so it acts as
 * if interrupted. */
static void jobs_report_killed(struct shell *sh, const struct job *job)
{
	for (size_t i = 0; i < job->nprocs; i++) {
		int ws = job->procs[i].wstatus;
		int sig;
		if (!job->procs[i].done || !WIFSIGNALED(ws))
			continue;
		sig = WTERMSIG(ws);
		if (sig == SIGINT && job->control && sh->opts.interactive &&
		    i == job->nprocs - 1) {
			/* the read-eval loop starts a new line */
			trap_pending[SIGINT] = 1;
			trap_any_pending = 1;
		}
		if (sig == SIGINT || sig == SIGPIPE || job->quiet)
			continue;
		error_print_plain(sh, "%s%s", strsignal(sig),
				  WCOREDUMP(ws) ? " (core dumped)" : "");
	}
}

int jobs_wait_job(struct shell *sh, struct job *job, bool interruptible)
{
	if (interruptible) {
		int signo = jobs_wait_interruptible(sh, job);
		if (signo)
			return 128 + signo;
	} else {
		jobs_wait_blocking(sh, job);
		jobs_report_killed(sh, job);
	}
	return jobs_result(sh, job);
}

/* --- Foreground jobs, fg and bg --- */

/* After a foreground job that had the terminal: the shell takes it back
 * (XCU 2.11). A stopped job's terminal modes are kept for fg; the
 * shell's modes come back after a stop or a kill, and are taken over
 * from a job that exited normally (so `stty` works). */
static void jobs_take_tty(struct shell *sh, struct job *job,
			  enum job_state st)
{
	struct jobs *js = &sh->jobs;
	bool exited = st == JOB_DONE && job->nprocs &&
		      WIFEXITED(job->procs[job->nprocs - 1].wstatus);

	if (!job->tty || js->tty_fd < 0)
		return;
	job->tty = false;
	if (st == JOB_STOPPED)
		job->has_tmodes = tcgetattr(js->tty_fd, &job->tmodes) == 0;
	jobs_give_tty(js->tty_fd, js->shell_pgid);
	if (exited)
		js->has_tmodes = tcgetattr(js->tty_fd, &js->tmodes) == 0;
	else if (js->has_tmodes)
		tcsetattr(js->tty_fd, TCSADRAIN, &js->tmodes);
}

/* Writes sb to fd 2 after the builtins' buffered output. */
static void jobs_tell(struct shell *sh, struct strbuf *sb)
{
	output_flush(&sh->out);
	if (sb->len)
		output_write_all(2, sb->data, sb->len);
	strbuf_release(sb);
}

int jobs_foreground(struct shell *sh, struct job *job)
{
	enum job_state st;
	int status;

	jobs_wait_blocking(sh, job);
	st = jobs_state(job);
	jobs_take_tty(sh, job, st);
	status = jobs_result(sh, job);
	if (st == JOB_STOPPED) {
		struct strbuf sb = { 0 };
		if (job->id)
			job->seq = ++sh->jobs.seq;
		else
			jobs_add(sh, job);
		job->reported = JOB_STOPPED;
		strbuf_addc(&sb, '\n');
		jobs_format(sh, job, JOBS_FORMAT_NORMAL, &sb);
		jobs_tell(sh, &sb);
		return status;
	}
	jobs_report_killed(sh, job);
	if (job->id)
		jobs_remove(sh, job);
	else
		jobs_free(job);
	return status;
}

int jobs_continue(struct shell *sh, struct job *job, bool foreground)
{
	/* A stop not collected yet would otherwise be seen after the
	 * SIGCONT, as if the job had stopped again. */
	jobs_poll(sh, job);
	job->seq = ++sh->jobs.seq;
	job->reported = JOB_RUNNING;
	job->async = !foreground;
	if (foreground && jobs_tty_owned(sh) >= 0) {
		job->tty = true;
		if (job->has_tmodes)
			tcsetattr(sh->jobs.tty_fd, TCSADRAIN, &job->tmodes);
		job->has_tmodes = false;
		jobs_give_tty(sh->jobs.tty_fd, job->pgid);
	}
	/* XCU fg, bg: SIGCONT, also to a job not known to be stopped (a
	 * stop the shell has not seen yet is undone too). */
	if (job->pgid > 0)
		kill(-job->pgid, SIGCONT);
	for (size_t i = 0; i < job->nprocs; i++) {
		if (job->pgid <= 0 && !job->procs[i].done)
			kill(job->procs[i].pid, SIGCONT);
		job->procs[i].stopped = false;
	}
	return foreground ? jobs_foreground(sh, job) : 0;
}

/* --- Listing and notification --- */

/* XCU jobs: the <state> field. */
static void jobs_state_text(const struct job *job, struct strbuf *sb)
{
	const struct job_proc *last = &job->procs[job->nprocs - 1];
	int ws = last->wstatus;

	switch (jobs_state(job)) {
	case JOB_RUNNING:
		strbuf_adds(sb, "Running");
		return;
	case JOB_STOPPED:
		for (size_t i = 0; i < job->nprocs; i++)
			if (job->procs[i].stopped)
				ws = job->procs[i].wstatus;
		if (WSTOPSIG(ws) == SIGTSTP)
			strbuf_adds(sb, "Stopped");
		else
			strbuf_addf(sb, "Stopped (SIG%s)",
				    trap_signal_name(WSTOPSIG(ws)));
		return;
	case JOB_DONE:
		break;
	}
	if (WIFSIGNALED(ws))
		strbuf_addf(sb, "%s%s", strsignal(WTERMSIG(ws)),
			    WCOREDUMP(ws) ? " (core dumped)" : "");
	else if (last->status)
		strbuf_addf(sb, "Done(%d)", last->status);
	else
		strbuf_adds(sb, "Done");
}

void jobs_format(struct shell *sh, const struct job *job,
		 enum jobs_format how, struct strbuf *sb)
{
	long pgid = job->pgid > 0 ? job->pgid
				  : job->nprocs ? job->procs[0].pid : 0;
	struct strbuf state = { 0 };
	const char *text = job->text ? job->text : "";

	if (how == JOBS_FORMAT_PGID) {
		strbuf_addf(sb, "%ld\n", pgid);
		return;
	}
	if (job->nprocs)
		jobs_state_text(job, &state);
	strbuf_addf(sb, "[%d]%c ", job->id, jobs_marker(sh, job));
	if (how == JOBS_FORMAT_LONG)
		strbuf_addf(sb, "%ld ", pgid);
	else
		strbuf_addc(sb, ' ');
	strbuf_addf(sb, "%-24s%s%s\n", strbuf_str(&state), text,
		    jobs_state(job) == JOB_RUNNING ? " &" : "");
	strbuf_release(&state);
}

/* Monitor mode changed (set -m, set +m): SIGCHLD, and in an interactive
 * shell SIGTSTP, SIGTTIN and SIGTTOU, follow it. */
static void jobs_apply_monitor(struct shell *sh)
{
	bool want = jobs_control_on(sh);

	if (want == sh->jobs.monitor_signals)
		return;
	sh->jobs.monitor_signals = want;
	trap_job_control(sh);
}

bool jobs_notify(struct shell *sh, const char *before)
{
	struct strbuf sb = { 0 };
	bool told;
	struct job *j, *next;

	jobs_apply_monitor(sh);
	jobs_reap(sh);
	if (!sh->opts.interactive || sh->subshell)
		return false;
	/* Lines first (the markers are those before anything changes). */
	strbuf_adds(&sb, before);
	for (j = sh->jobs.list; j; j = j->next) {
		enum job_state st = jobs_state(j);
		if (j->control && st != JOB_RUNNING && st != j->reported)
			jobs_format(sh, j, JOBS_FORMAT_NORMAL, &sb);
	}
	/* Without job control nothing is told, and a finished job stays
	 * for `wait`. */
	for (j = sh->jobs.list; j; j = next) {
		next = j->next;
		if (!j->control)
			continue;
		j->reported = jobs_state(j);
		if (j->reported == JOB_DONE)
			jobs_remove(sh, j);
	}
	told = sb.len > strlen(before);
	if (!told)
		sb.len = 0;
	jobs_tell(sh, &sb);
	return told;
}

void jobs_shown(struct shell *sh, struct job *job)
{
	if (jobs_state(job) != JOB_DONE)
		return;
	job->reported = JOB_DONE;
	if (sh->opts.interactive && !sh->subshell)
		jobs_remove(sh, job);
}

/* --- The wait builtin --- */

int jobs_wait_pid(struct shell *sh, pid_t pid)
{
	struct job *job = NULL;
	struct job_proc *proc = NULL;
	int status;

	if (pid == 0)
		return jobs_wait_all(sh);
	for (struct job *j = sh->jobs.list; j && !proc; j = j->next) {
		proc = jobs_proc_of(j, pid);
		job = j;
	}
	if (!proc)
		return 127;
	if (!proc->done && !proc->stopped) {
		/* A one-process view of the job, so that only pid counts. */
		struct job one = {.nprocs = 1, .procs = proc,
				  .control = job->control};
		int signo = jobs_wait_interruptible(sh, &one);
		if (signo)
			return 128 + signo;
	}
	status = proc->status;
	/* Once reported, a pid is no longer known (as bash and yash). */
	if (jobs_done(job))
		jobs_remove(sh, job);
	return status;
}

int jobs_wait_all(struct shell *sh)
{
	int signo = jobs_wait_interruptible(sh, NULL);
	struct job *next;

	if (signo)
		return 128 + signo;
	/* Stopped jobs stay known, for fg and bg. */
	for (struct job *j = sh->jobs.list; j; j = next) {
		next = j->next;
		if (jobs_done(j))
			jobs_remove(sh, j);
	}
	if (!sh->jobs.list)
		sh->jobs.next_id = 1;
	return 0;
}

static void jobs_free_list(struct job *j)
{
	while (j) {
		struct job *next = j->next;
		jobs_free(j);
		j = next;
	}
}

void jobs_forget_all(struct shell *sh)
{
	struct jobs *js = &sh->jobs;

	/* A subshell of a subshell that has no jobs of its own still
	 * shows the first shell's. */
	if (js->list) {
		jobs_free_list(js->parent);
		js->parent = js->list;
	}
	js->list = NULL;
	js->next_id = 1;
}

bool jobs_borrow_parent(struct shell *sh)
{
	struct jobs *js = &sh->jobs;

	if (!sh->subshell || js->list || !js->parent)
		return false;
	js->list = js->parent;
	js->parent = NULL;
	js->borrowed = true;
	return true;
}

void jobs_unborrow_parent(struct shell *sh)
{
	struct jobs *js = &sh->jobs;

	js->parent = js->list;
	js->list = NULL;
	js->borrowed = false;
}

/* Sends signo to job's group or to each unfinished process; 0 or errno
 * (ESRCH when nothing was left to signal). */
static int jobs_send(const struct job *job, int signo)
{
	bool sent = false;

	if (job->control && job->pgid > 0)
		return kill(-job->pgid, signo) < 0 ? errno : 0;
	for (size_t i = 0; i < job->nprocs; i++) {
		if (job->procs[i].done)
			continue;
		if (kill(job->procs[i].pid, signo) < 0 && errno != ESRCH)
			return errno;
		sent = true;
	}
	return sent ? 0 : ESRCH;
}

int jobs_signal(struct shell *sh, struct job *job, int signo)
{
	bool wake = (signo == SIGTERM || signo == SIGHUP) &&
		    (!job->control || jobs_state(job) == JOB_STOPPED);
	int err;

	(void)sh;
	if (jobs_state(job) == JOB_DONE)
		return ESRCH;
	err = jobs_send(job, signo);
	if (err || !wake)
		return err;
	jobs_send(job, SIGCONT);
	/* It runs again: a wait for it waits for it to end. */
	for (size_t i = 0; i < job->nprocs; i++)
		job->procs[i].stopped = false;
	return 0;
}
