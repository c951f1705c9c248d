/* Child processes and jobs: fork, wait, $!, the wait builtin.
 * No job control (monitor mode) yet: every child stays in the shell's
 * process group and the terminal is never handed over. Children are only
 * waited for through this module, by pid (never waitpid(-1)). */
#ifndef COSH_JOBS_H
#define COSH_JOBS_H

#include <stdbool.h>
#include <sys/types.h>

struct shell;

struct job_proc {
	pid_t pid;
	int status;   /* shell status (0-255, 128+sig) once done */
	bool done;
};

struct job {
	struct job *next;
	int id;
	bool async;
	bool reported;
	size_t nprocs;
	struct job_proc *procs;
	char *text;   /* command text for `jobs`, owned */
};

struct jobs {
	struct job *list;
	int next_id;
};

/* Forks. In the child: returns 0 with the output buffer discarded, traps
 * reset for a subshell, job table forgotten (shell_enter_subshell), and,
 * for an async job without monitor mode, SIGINT and SIGQUIT ignored
 * (trap_ignore_for_async). In the parent: returns the pid
 * after adding it to job (if not NULL). Returns -1 on failure (message
 * printed). Flushes sh->out first. Signals are blocked across the fork so
 * the child never runs the parent's handlers. */
pid_t jobs_fork(struct shell *sh, struct job *job);
/* A new job (not yet in the list). */
struct job *jobs_new(struct shell *sh, bool async);
/* Adds job to the list (for async jobs) so wait can find it; gives it the
 * next job number. The list owns it from then on. */
void jobs_add(struct shell *sh, struct job *job);
/* Frees a job that is not in the list. */
void jobs_free(struct job *job);
/* The job of a job id: "%n", "%%", "%+", "%-", "%prefix", "%?text" (the
 * leading '%' optional); NULL when none or ambiguous. */
struct job *jobs_find(struct shell *sh, const char *spec);
/* Takes job out of the list and frees it. */
void jobs_remove(struct shell *sh, struct job *job);
/* Waits for every process of job; returns the status of the last one
 * (or, with pipefail, of the last failing one). Interrupted by a trapped
 * signal only when interruptible; then returns 128+signal. */
int jobs_wait_job(struct shell *sh, struct job *job, bool interruptible);
/* Collects finished children without blocking. */
void jobs_reap(struct shell *sh);
/* The wait builtin's work: waits for pid (or all when pid is 0). Returns
 * the status (127 for an unknown pid). Interruptible: a trapped signal
 * makes it return 128+signal at once (XCU wait). A pid whose status has
 * been returned is forgotten with its job once the whole job is done. */
int jobs_wait_pid(struct shell *sh, pid_t pid);
/* Waits for every job in the list, then forgets them all; returns 0, or
 * 128+signal when interrupted. */
int jobs_wait_all(struct shell *sh);
/* Converts a waitpid status to a shell status. */
int jobs_status(int wstatus);
/* Forgets all jobs (in a subshell). */
void jobs_forget_all(struct shell *sh);

#endif
