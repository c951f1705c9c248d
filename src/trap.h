/* Signals and traps (XCU 2.11, trap). */
#ifndef COSH_TRAP_H
#define COSH_TRAP_H

#include <signal.h>
#include <stdbool.h>

struct shell;

#define TRAP_NSIG 65

struct traps {
	char *action[TRAP_NSIG];     /* NULL: default; "": ignore; else command */
	bool ignored_at_entry[TRAP_NSIG]; /* ignored when the shell started */
	char *parent_action[TRAP_NSIG]; /* in a subshell: the parent's
					   caught traps, which `trap` lists
					   until a trap is set here (XCU
					   trap, POSIX.1-2024) */
	bool list_parent;
	bool running;                /* executing a trap action */
	int saved_status;            /* $? before the running action: `exit`
					and `return` without an operand use it
					while running is true (XCU exit,
					return) */
	bool interrupted;            /* an untrapped SIGINT reached the
					interactive shell; set by
					trap_run_pending, cleared by the
					read-eval loop, which abandons the
					current command */
};

/* The only file-scope mutable state: set by the signal handler. */
extern volatile sig_atomic_t trap_pending[TRAP_NSIG];
extern volatile sig_atomic_t trap_any_pending;

/* Records which signals were ignored at entry, starts job control in an
 * interactive shell (jobs_init) and installs the handlers an interactive
 * shell needs. */
void trap_init(struct shell *sh);
/* Installs SIGTSTP, SIGTTIN and SIGTTOU as the monitor option says: an
 * interactive shell with job control ignores them (XCU 2.11), unless
 * trapped; otherwise they are as at entry. SIGCHLD also reports stopped
 * children under job control. Called when the option changes. */
void trap_job_control(struct shell *sh);
/* Signal number for a name ("INT", "SIGINT", "int", "RTMIN+1", "2",
 * "EXIT" = 0); -1 if none. */
int trap_signal_number(const char *name);
/* Name without "SIG" ("EXIT" for 0), static; NULL for a number that has
 * no name. */
const char *trap_signal_name(int signo);
/* Sets the action for signo (NULL default, "" ignore). Returns -1 when a
 * signal ignored at entry cannot be trapped (silently, as XCU allows), and
 * for SIGKILL and SIGSTOP (the trap builtin reports those). An
 * interactive shell may trap or reset a signal ignored at entry: it is
 * no longer treated as ignored at entry (in subshells and for the
 * commands run either). */
int trap_set(struct shell *sh, int signo, const char *action);
/* Runs the actions of pending signals, each with $? saved and restored.
 * Call it whenever trap_any_pending is set, between commands (XCU 2.11:
 * a trap waits for the foreground command to complete). Stops early when
 * an action runs exit (sh->flow == FLOW_EXIT). */
void trap_run_pending(struct shell *sh);
/* True when a trap action (EXIT or a signal) is set: the shell must stay
 * to run it, so its last command cannot replace it. */
bool trap_any_set(struct shell *sh);
/* Runs the EXIT trap once (clearing it first). Afterwards
 * sh->exit_status is the status before the trap, unless the action ran
 * exit (sh->flow == FLOW_EXIT), whose status stays. */
void trap_run_exit(struct shell *sh);
/* In a subshell: caught traps go back to default (XCU 2.12). */
void trap_reset_for_subshell(struct shell *sh);
/* Before execve: every caught signal back to SIG_DFL; ignored stay (and
 * SIGCHLD goes back to SIG_IGN when it was ignored at entry or by trap).
 * The trap table is not changed. */
void trap_reset_for_exec(struct shell *sh);
/* After a failed execve that trap_reset_for_exec prepared, when the shell
 * goes on (`command exec`, interactive shell): reinstalls the
 * dispositions from the trap table. */
void trap_restore(struct shell *sh);
/* In an asynchronous child of a non-interactive shell: SIGINT and SIGQUIT
 * ignored (XCU 2.11). */
void trap_ignore_for_async(struct shell *sh);

#endif
