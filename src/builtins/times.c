/* times (XCU times): the user and system times of the shell, then of its
 * children, as "%dm%d.%03ds %dm%d.%03ds" lines like dash and bash. */
#include <sys/resource.h>
#include <sys/time.h>

#include "builtins/builtins.h"
#include "shell.h"

static void times_pair(struct shell *sh, const struct rusage *ru)
{
	const struct timeval *tv[2] = {&ru->ru_utime, &ru->ru_stime};

	for (int i = 0; i < 2; i++) {
		long sec = (long)tv[i]->tv_sec;
		long ms = (long)tv[i]->tv_usec / 1000;
		output_printf(&sh->out, "%ldm%ld.%03lds%c", sec / 60, sec % 60,
			      ms, i == 0 ? ' ' : '\n');
	}
}

int builtin_times(struct shell *sh, int argc, char **argv)
{
	struct rusage self, children;

	(void)argc;
	(void)argv;
	getrusage(RUSAGE_SELF, &self);
	getrusage(RUSAGE_CHILDREN, &children);
	times_pair(sh, &self);
	times_pair(sh, &children);
	return 0;
}
