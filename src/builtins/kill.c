/* kill (XCU kill).
 *
 *   kill [-s signal | -signal] pid...   signal a name (with or without
 *                                       SIG, any case) or a number;
 *                                       default TERM
 *   kill -n signum pid...               as -s (bash, ksh)
 *   kill -l [exit_status | signal]      lists the names, one a line; a
 *                                       number (above 128: a status) gives
 *                                       its name, a name its number
 *
 * A pid may be negative (a process group; write `--` before it when it
 * comes first) or a job id `%n` from the job table: its process group
 * under job control, else each of its processes; a stopped job sent TERM
 * or HUP is continued too (jobs_signal). Errors: message, status 1; a
 * missing operand is a usage error (2). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "builtins/builtins.h"
#include "error.h"
#include "jobs.h"
#include "shell.h"
#include "trap.h"

#define KILL_USAGE "kill [-s signal | -signal] pid... or kill -l [status]"

static void kill_list_all(struct shell *sh)
{
	for (int signo = 1; signo < TRAP_NSIG && signo < NSIG; signo++) {
		const char *name = trap_signal_name(signo);
		if (name)
			output_printf(&sh->out, "%s\n", name);
	}
}

/* kill -l operand: a status or signal number gives the name, a name gives
 * the number. */
static int kill_list_one(struct shell *sh, const char *arg)
{
	const char *name = NULL;
	int signo;

	if (arg[0] >= '0' && arg[0] <= '9') {
		char *end;
		long n = strtol(arg, &end, 10);
		if (!*end && n > 128 && n < 128 + TRAP_NSIG)
			n -= 128;
		if (!*end && n > 0 && n < TRAP_NSIG && n < NSIG)
			name = trap_signal_name((int)n);
		if (name) {
			output_printf(&sh->out, "%s\n", name);
			return 0;
		}
	} else {
		signo = trap_signal_number(arg);
		if (signo > 0) {
			output_printf(&sh->out, "%d\n", signo);
			return 0;
		}
	}
	error_print(sh, "kill: %s: invalid signal specification", arg);
	return 1;
}

static int kill_list(struct shell *sh, int argc, char **argv)
{
	int status = 0;

	if (argc == 0) {
		kill_list_all(sh);
		return 0;
	}
	for (int i = 0; i < argc; i++)
		if (kill_list_one(sh, argv[i]) != 0)
			status = 1;
	return status;
}

/* Signal number from a -s operand or a -SIG option; "0" is allowed. */
static int kill_parse_signal(struct shell *sh, const char *spec)
{
	int signo = trap_signal_number(spec);

	if (signo < 0 || (signo == 0 && strcmp(spec, "0") != 0)) {
		error_print(sh, "kill: %s: invalid signal specification", spec);
		return -1;
	}
	return signo;
}

static int kill_job(struct shell *sh, const char *arg, int signo)
{
	struct job *job = jobs_find(sh, arg);
	int err;

	if (!job) {
		error_print(sh, "kill: %s: no such job", arg);
		return 1;
	}
	/* An unfinished process is not reaped yet, so its pid (and the
	 * job's group) is still ours. */
	err = jobs_signal(sh, job, signo);
	if (err == ESRCH) {
		error_print(sh, "kill: %s: job has terminated", arg);
		return 1;
	}
	if (err) {
		error_print(sh, "kill: %s: %s", arg, strerror(err));
		return 1;
	}
	return 0;
}

static int kill_one(struct shell *sh, const char *arg, int signo)
{
	char *end;
	long pid;

	if (arg[0] == '%')
		return kill_job(sh, arg, signo);
	errno = 0;
	pid = strtol(arg, &end, 10);
	if (!*arg || *end || errno || pid != (pid_t)pid) {
		error_print(sh, "kill: %s: arguments must be process or job IDs",
			    arg);
		return 1;
	}
	if (kill((pid_t)pid, signo) < 0) {
		error_print(sh, "kill: (%ld) - %s", pid, strerror(errno));
		return 1;
	}
	return 0;
}

/* Reads the one option (-s sig, -n sig, -sig, -l); sets *signo or *list. Returns
 * the index of the first operand, or -1 on error (message printed, status
 * in *status). */
static int kill_options(struct shell *sh, int argc, char **argv, int *signo,
			bool *list, int *status)
{
	int i = 1;
	const char *arg = i < argc ? argv[i] : NULL;

	*status = 1;
	if (!arg || arg[0] != '-' || !arg[1])
		return i;
	if (strcmp(arg, "--") == 0)
		return i + 1;
	if (strcmp(arg, "-l") == 0) {
		*list = true;
		i++;
	} else if (strncmp(arg, "-s", 2) == 0 || strcmp(arg, "-n") == 0) {
		const char *spec = arg[2] ? arg + 2
				   : i + 1 < argc ? argv[++i] : NULL;
		if (!spec) {
			*status = builtin_usage(sh, "kill", KILL_USAGE);
			return -1;
		}
		if ((*signo = kill_parse_signal(sh, spec)) < 0)
			return -1;
		i++;
	} else {
		if ((*signo = kill_parse_signal(sh, arg + 1)) < 0)
			return -1;
		i++;
	}
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	return i;
}

int builtin_kill(struct shell *sh, int argc, char **argv)
{
	int signo = SIGTERM;
	bool list = false;
	int status = 0;
	int i = kill_options(sh, argc, argv, &signo, &list, &status);

	if (i < 0)
		return status;
	if (list)
		return kill_list(sh, argc - i, argv + i);
	if (i >= argc)
		return builtin_usage(sh, "kill", KILL_USAGE);
	/* A finished background child is reaped first, so its pid is gone
	 * (`while kill -0 $!` ends) and `%n` knows it has terminated. */
	jobs_reap_changed(sh);
	status = 0;
	for (; i < argc; i++)
		if (kill_one(sh, argv[i], signo) != 0)
			status = 1;
	return status;
}
