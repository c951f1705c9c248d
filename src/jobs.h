/* Child processes and jobs: fork, wait, $!, the wait builtin, and job
 * control (XCU 2.11, set -m): with monitor mode on, each job started by the
 * main shell has its own process group, a foreground job gets the
 * terminal and the shell takes it back when the job ends or stops; stopped
 * jobs stay in the table for `fg`, `bg`, `jobs` and `wait`. Command
 * substitutions never get a process group of their own. Children are
 * only waited for through this module, by pid or by the process group of
 * one of our jobs (never waitpid(-1)). */
#ifndef COSH_JOBS_H
#define COSH_JOBS_H

#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>
#include <termios.h>

struct shell;
struct strbuf;

enum job_state {
	JOB_RUNNING,
	JOB_STOPPED,  /* every unfinished process is stopped */
	JOB_DONE,
};

struct job_proc {
	pid_t pid;
	int status;   /* shell status (0-255, 128+sig) once done or stopped */
	int wstatus;  /* what waitpid said last (for `jobs`) */
	bool done;
	bool stopped;
};

struct job {
	struct job *next;
	int id;
	bool async;
	bool control;         /* has its own process group (job control) */
	bool tty;             /* was given the terminal when started */
	bool quiet;           /* its command redirected stderr: no
				 "Killed" report (jobs_foreground) */
	enum job_state reported; /* the last state the user was told of */
	pid_t pgid;           /* its process group, 0 without job control */
	unsigned long seq;    /* when it last became current (%+: highest) */
	bool has_tmodes;      /* tmodes saved when it stopped */
	struct termios tmodes;
	size_t nprocs;
	struct job_proc *procs;
	char *text;   /* command text for `jobs`, owned, or NULL */
};

struct jobs {
	struct job *list;
	int next_id;
	unsigned long seq;
	int tty_fd;           /* the controlling terminal (fdtab), or -1 */
	bool tty_tried;       /* tty_fd has been looked for */
	pid_t shell_pgid;     /* the shell's process group */
	bool has_tmodes;      /* tmodes holds the shell's terminal modes */
	struct termios tmodes;
	pid_t orig_pgid;      /* the terminal's group before jobs_init took
				 it (given back by jobs_end), or 0 */
	bool monitor_signals; /* signal dispositions set for job control */
	struct job *parent;   /* in a subshell: the jobs of the shell it
				 came from, as they were at the fork; only
				 listed (jobs_borrow_parent), never waited
				 for or signalled */
	bool borrowed;        /* list is parent's for the time of `jobs` */
	int exit_warning;     /* 2 after "You have stopped jobs.", counted
				 down by each command read (input.c) */
};

/* Called once at start-up (from trap_init, before the handlers are
 * installed): an interactive shell turns monitor mode on (XCU 2.14 set -m)
 * and takes the terminal: it waits (SIGTTIN) until it is in the
 * foreground, becomes a process group leader and makes its group the
 * terminal's foreground group. Without a usable terminal, monitor mode
 * stays off. */
void jobs_init(struct shell *sh);
/* When the main shell leaves: gives the terminal back to the process
 * group that had it before jobs_init (as bash does), so the parent of an
 * interactive cosh gets its terminal back. Does nothing in a subshell. */
void jobs_end(struct shell *sh);
/* An interactive shell about to leave (exit, end of input) with stopped
 * jobs: the first attempt writes "You have stopped jobs." and returns
 * true (the shell stays); an attempt right after it, with no command in
 * between, returns false and the shell leaves (as dash and bash). */
bool jobs_warn_stopped(struct shell *sh);
/* True when jobs started now get their own process group: monitor mode
 * is on and this is the main shell (never in a subshell). */
bool jobs_control_on(struct shell *sh);
/* Forks. In the child: returns 0 with the output buffer discarded, traps
 * reset for a subshell, job table forgotten (shell_enter_subshell), and,
 * for an async job without job control, SIGINT and SIGQUIT ignored
 * (trap_ignore_for_async). A job under job control (job->control) is put
 * in its own process group (the first process's pid), by both parent and
 * child; a foreground one also gets the terminal when the shell has it.
 * In the parent: returns the pid after adding it to job (if not NULL).
 * Returns -1 on failure (message printed). Flushes sh->out first.
 * Signals are blocked across the fork so the child never runs the
 * parent's handlers. */
pid_t jobs_fork(struct shell *sh, struct job *job);
/* A new job (not yet in the list), without job control: command
 * substitutions use it as it is. */
struct job *jobs_new(struct shell *sh, bool async);
/* Makes job a job of the command language (pipeline, simple command,
 * subshell, async list) before its first fork: it gets job control when
 * jobs_control_on, and text (malloc'd, taken; may be NULL) names it. */
void jobs_set_command(struct shell *sh, struct job *job, char *text);
/* The words of argv joined by spaces, malloc'd: a command's text. */
char *jobs_argv_text(char *const *argv);
/* Waits for job in the foreground and returns its status (pipefail
 * applies). job is taken: a job that stops (Ctrl-Z) is added to the list
 * (if not there yet) and reported ("[1]+  Stopped  text"), status
 * 128+signal; a finished one is freed (and taken out of the list). The
 * shell takes the terminal back and restores its terminal modes. A job
 * killed by SIGINT in an interactive shell makes the shell act as if it
 * got the SIGINT itself (the current command is abandoned). Each process
 * killed by another signal but SIGPIPE is reported on stderr as dash
 * does ("Killed", "Terminated"), unless job->quiet. */
int jobs_foreground(struct shell *sh, struct job *job);
/* fg and bg (XCU fg, bg): continues job with SIGCONT, in the foreground
 * (giving it the terminal, then as jobs_foreground) or in the background
 * (status 0). Requires job->control. */
int jobs_continue(struct shell *sh, struct job *job, bool foreground);
/* The state of job from what has been collected so far. */
enum job_state jobs_state(const struct job *job);
/* '+' for the current job, '-' for the previous one, else ' '. */
char jobs_marker(struct shell *sh, const struct job *job);
/* How `jobs` shows job. */
enum jobs_format {
	JOBS_FORMAT_NORMAL,   /* [1]+  Running                 text & */
	JOBS_FORMAT_LONG,     /* with the process group id */
	JOBS_FORMAT_PGID,     /* only the process group id */
};
/* Appends job's line (with its newline) to sb. */
void jobs_format(struct shell *sh, const struct job *job,
		 enum jobs_format how, struct strbuf *sb);
/* Collects children without blocking; in an interactive shell, writes to
 * stderr (after before, when there is something to tell) the jobs under
 * job control that finished or stopped since the user was last told
 * ("[1]+  Done  text", XCU 2.11) and forgets the finished ones. Returns
 * true when it wrote something. Also applies a change of monitor mode to
 * the signal dispositions. Called before each primary prompt, and with
 * set -b while a line is being edited. */
bool jobs_notify(struct shell *sh, const char *before);
/* Forgets a finished job whose state has been shown by `jobs` (in an
 * interactive shell; a script keeps it for `wait`). */
void jobs_shown(struct shell *sh, struct job *job);
/* Adds job to the list (async jobs, stopped jobs) so wait can find it;
 * gives it the next job number and makes it the current job. The list
 * owns it from then on. */
void jobs_add(struct shell *sh, struct job *job);
/* Frees a job that is not in the list. */
void jobs_free(struct job *job);
/* The job of a job id (XCU 3.182): "%n", "%%", "%+", "%-", "%prefix",
 * "%?text" (the leading '%' optional); NULL when none or ambiguous. The
 * current job (%+) is the most recently stopped one, else the most
 * recently started or continued; %- is the one before it. */
struct job *jobs_find(struct shell *sh, const char *spec);
/* Takes job out of the list and frees it. */
void jobs_remove(struct shell *sh, struct job *job);
/* Waits for every process of job; returns the status of the last one
 * (or, with pipefail, of the last failing one). Interrupted by a trapped
 * signal only when interruptible; then returns 128+signal. A job under
 * job control that stops ends the wait too: 128+the stop signal. The
 * uninterruptible wait (a command substitution's) reports processes
 * killed by a signal as jobs_foreground does. */
int jobs_wait_job(struct shell *sh, struct job *job, bool interruptible);
/* Collects finished children without blocking. */
void jobs_reap(struct shell *sh);
/* Set by the SIGCHLD handler (trap.c): a child may have changed state
 * since the last jobs_reap. */
extern volatile sig_atomic_t jobs_child_changed;
/* jobs_reap when jobs_child_changed says there is something to collect,
 * so that finished background jobs are reaped as the shell goes on (a
 * pid that `kill -0` probes stops existing once its job has finished)
 * while their statuses stay known to `wait` (XCU 2.9.3.1). Costs one
 * flag test otherwise. */
void jobs_reap_changed(struct shell *sh);
/* The wait builtin's work: waits for pid (or all when pid is 0). Returns
 * the status (127 for an unknown pid). Interruptible: a trapped signal
 * makes it return 128+signal at once (XCU wait). A pid whose status has
 * been returned is forgotten with its job once the whole job is done. */
int jobs_wait_pid(struct shell *sh, pid_t pid);
/* Waits for every job in the list to finish (or, under job control, to
 * stop), then forgets the finished ones; returns 0, or 128+signal when
 * interrupted. */
int jobs_wait_all(struct shell *sh);
/* Converts a waitpid status to a shell status. */
int jobs_status(int wstatus);
/* Forgets all jobs (in a subshell): they are not its children. They
 * stay for jobs_borrow_parent, so that `jobs | cat`, `$(jobs)` and
 * `kill $(jobs -p)` see the parent's jobs (as bash and yash). */
void jobs_forget_all(struct shell *sh);
/* In a subshell that has started no job of its own: makes the parent's
 * jobs the list for the time of the jobs builtin (they are not polled:
 * their states are those at the fork). Returns true when it did; then
 * jobs_unborrow_parent must follow. */
bool jobs_borrow_parent(struct shell *sh);
void jobs_unborrow_parent(struct shell *sh);
/* kill %job (XCU kill): sends signo to the job's process group (under
 * job control) or to each of its unfinished processes. After SIGTERM
 * or SIGHUP a job that is stopped, or whose stops are not watched (no
 * job control), is also sent SIGCONT, as bash does, so that it gets the
 * signal and `kill %1; wait %1` cannot hang. Returns 0, or the errno of
 * a failed kill (ESRCH when every process has finished). */
int jobs_signal(struct shell *sh, struct job *job, int signo);

#endif
