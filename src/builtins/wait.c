/* wait (XCU wait).
 *
 *   wait            waits for every known asynchronous child; status 0
 *   wait id...      waits for each pid or job id (%n, %%, %-, %name,
 *                   %?text); the status is the last operand's: its exit
 *                   status, 128+signal when killed, 127 when unknown
 *
 * A signal with a trap set interrupts the wait: it returns 128+signal at
 * once and the trap runs right after (XCU 2.11). A status once reported
 * is forgotten, so waiting again for the same pid gives 127 (as bash and
 * yash). Under job control a job that stops ends the wait for it: the
 * status is 128+the stop signal and the job stays known (for fg and bg).
 * An operand that is neither a pid nor a job id: message, 1. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "builtins/builtins.h"
#include "error.h"
#include "jobs.h"
#include "shell.h"
#include "trap.h"

/* True when status may come from a trapped signal that cut the wait
 * short (its flag is still pending: the trap has not run yet). */
static bool wait_interrupted(int status)
{
	return status > 128 && status - 128 < TRAP_NSIG &&
	       trap_pending[status - 128];
}

static int wait_job(struct shell *sh, const char *arg)
{
	struct job *job = jobs_find(sh, arg);
	int status;

	if (!job) {
		error_print(sh, "wait: %s: no such job", arg);
		return 127;
	}
	status = jobs_wait_job(sh, job, true);
	/* interrupted, or stopped (job control): the job stays known */
	if (jobs_state(job) != JOB_DONE)
		return status;
	jobs_remove(sh, job);
	return status;
}

static int wait_one(struct shell *sh, const char *arg, bool *interrupted)
{
	char *end;
	long pid;
	int status;

	if (arg[0] == '%') {
		status = wait_job(sh, arg);
	} else {
		errno = 0;
		pid = strtol(arg, &end, 10);
		if (!*arg || *end || errno || pid <= 0 || pid != (pid_t)pid) {
			error_print(sh, "wait: %s: not a pid or valid job id",
				    arg);
			return 1;
		}
		status = jobs_wait_pid(sh, (pid_t)pid);
	}
	*interrupted = wait_interrupted(status);
	return status;
}

int builtin_wait(struct shell *sh, int argc, char **argv)
{
	int status = 0;
	int i = 1;

	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc)
		return jobs_wait_all(sh);
	for (; i < argc; i++) {
		bool interrupted = false;
		status = wait_one(sh, argv[i], &interrupted);
		if (interrupted)
			break;
	}
	return status;
}
