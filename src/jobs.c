/* Child processes and jobs: fork, wait, $!, the wait builtin.
 *
 * Only the pids this table knows are ever waited for (never waitpid(-1)),
 * so a child waited for elsewhere is never stolen. A foreground wait
 * blocks in waitpid; the wait builtin sleeps in sigsuspend with every
 * signal blocked in between, so a trapped signal can never slip in
 * between the check and the sleep (XCU wait: it returns >128 at once). */
#include "jobs.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arena.h"
#include "error.h"
#include "output.h"
#include "shell.h"
#include "trap.h"

/* Finished async jobs remembered for a later `wait pid` (XCU 2.9.3.1
 * requires at least CHILD_MAX; this many are kept, oldest dropped). */
#define JOBS_KEEP_DONE 1024

pid_t jobs_fork(struct shell *sh, struct job *job)
{
	sigset_t all, old;
	pid_t pid;

	output_flush(&sh->out);
	/* Signals stay blocked until the child has reset its traps, so
	 * none reaches the child through the parent's handlers. */
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
		shell_enter_subshell(sh);
		if (job && job->async && !sh->opts.monitor)
			trap_ignore_for_async(sh);
		output_discard(&sh->out);
		sigprocmask(SIG_SETMASK, &old, NULL);
		return 0;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (job) {
		job->procs = xrealloc(job->procs,
				      (job->nprocs + 1) * sizeof *job->procs);
		job->procs[job->nprocs].pid = pid;
		job->procs[job->nprocs].status = 0;
		job->procs[job->nprocs].done = false;
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

void jobs_free(struct job *job)
{
	if (!job)
		return;
	free(job->procs);
	free(job->text);
	free(job);
}

static bool jobs_done(const struct job *job)
{
	for (size_t i = 0; i < job->nprocs; i++)
		if (!job->procs[i].done)
			return false;
	return true;
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
	*link = job;
	sh->jobs.next_id = job->id + 1;
	/* Amortised: look for finished children once per power of two. */
	if (count >= 2 * JOBS_KEEP_DONE && (count & (count - 1)) == 0) {
		jobs_reap(sh);
		jobs_prune(sh);
	}
}

struct job *jobs_find(struct shell *sh, const char *spec)
{
	struct job *last = NULL, *prev = NULL, *match = NULL;
	size_t len;

	for (struct job *j = sh->jobs.list; j; j = j->next) {
		prev = last;
		last = j;
	}
	if (*spec == '%')
		spec++;
	if (!*spec || strcmp(spec, "%") == 0 || strcmp(spec, "+") == 0)
		return last;
	if (strcmp(spec, "-") == 0)
		return prev ? prev : last;
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

/* Records what waitpid returned for proc (r: its result). */
static void jobs_record(struct job_proc *proc, pid_t r, int wstatus)
{
	if (r == proc->pid) {
		proc->status = jobs_status(wstatus);
		proc->done = true;
	} else if (r < 0 && errno == ECHILD) {
		/* Not our child any more (reaped elsewhere): unknown. */
		proc->status = 127;
		proc->done = true;
	}
}

/* Polls the unfinished processes of job without blocking. */
static void jobs_poll(struct job *job)
{
	for (size_t i = 0; i < job->nprocs; i++) {
		struct job_proc *p = &job->procs[i];
		int ws;
		pid_t r;
		if (p->done)
			continue;
		do
			r = waitpid(p->pid, &ws, WNOHANG);
		while (r < 0 && errno == EINTR);
		jobs_record(p, r, ws);
	}
}

void jobs_reap(struct shell *sh)
{
	for (struct job *j = sh->jobs.list; j; j = j->next)
		jobs_poll(j);
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
 * list (job == NULL). */
static bool jobs_target_done(struct shell *sh, struct job *job)
{
	if (job) {
		jobs_poll(job);
		return jobs_done(job);
	}
	jobs_reap(sh);
	for (struct job *j = sh->jobs.list; j; j = j->next)
		if (!jobs_done(j))
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

/* Blocks until every process of job has ended; not interrupted by
 * signals (their traps run after the command, XCU 2.11). */
static void jobs_wait_blocking(struct job *job)
{
	for (size_t i = 0; i < job->nprocs; i++) {
		struct job_proc *p = &job->procs[i];
		int ws;
		pid_t r;
		if (p->done)
			continue;
		do
			r = waitpid(p->pid, &ws, 0);
		while (r < 0 && errno == EINTR);
		jobs_record(p, r, ws);
		if (!p->done) {
			p->status = 127;
			p->done = true;
		}
	}
}

int jobs_wait_job(struct shell *sh, struct job *job, bool interruptible)
{
	int status;

	if (interruptible) {
		int signo = jobs_wait_interruptible(sh, job);
		if (signo)
			return 128 + signo;
	} else {
		jobs_wait_blocking(job);
	}
	if (job->nprocs == 0)
		return 0;
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

int jobs_wait_pid(struct shell *sh, pid_t pid)
{
	struct job *job = NULL;
	struct job_proc *proc = NULL;
	int status;

	if (pid == 0)
		return jobs_wait_all(sh);
	for (struct job *j = sh->jobs.list; j && !proc; j = j->next) {
		for (size_t i = 0; i < j->nprocs; i++) {
			if (j->procs[i].pid == pid) {
				job = j;
				proc = &j->procs[i];
				break;
			}
		}
	}
	if (!proc)
		return 127;
	if (!proc->done) {
		/* A one-process view of the job, so that only pid counts. */
		struct job one = {.nprocs = 1, .procs = proc};
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

	if (signo)
		return 128 + signo;
	jobs_forget_all(sh);
	return 0;
}

void jobs_forget_all(struct shell *sh)
{
	struct job *j = sh->jobs.list;

	while (j) {
		struct job *next = j->next;
		jobs_free(j);
		j = next;
	}
	sh->jobs.list = NULL;
	sh->jobs.next_id = 1;
}
