/* jobs, fg and bg (XCU jobs, fg, bg; 2.11 job control).
 *
 *   jobs [-l|-p] [job_id...]  lists the jobs: [number]marker, state,
 *                             command; -l adds the process group id, -p
 *                             shows only that. A finished job is shown
 *                             once (then forgotten in an interactive
 *                             shell).
 *   fg [job_id]               continues a job in the foreground, with the
 *                             terminal; its status is fg's
 *   bg [job_id...]            continues stopped jobs in the background,
 *                             printing "[n]+ command &" for each; one
 *                             already running is left alone; status 1
 *                             when a job id names no job
 *
 * The default job_id is the current job (%+: the most recently stopped,
 * else the most recently started or continued). fg and bg need job control
 * (set -m): without it they fail with status 1. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "builtins/builtins.h"
#include "error.h"
#include "jobs.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"

#define JOBS_USAGE "jobs [-l|-p] [job_id...]"

/* Reads -l and -p; returns the index of the first operand, -1 on error. */
static int jobs_options(struct shell *sh, int argc, char **argv,
			enum jobs_format *how)
{
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'l') {
				*how = JOBS_FORMAT_LONG;
			} else if (*o == 'p') {
				*how = JOBS_FORMAT_PGID;
			} else {
				error_print(sh, "jobs: -%c: invalid option", *o);
				builtin_usage(sh, "jobs", JOBS_USAGE);
				return -1;
			}
		}
	}
	return i;
}

int builtin_jobs(struct shell *sh, int argc, char **argv)
{
	enum jobs_format how = JOBS_FORMAT_NORMAL;
	struct strbuf sb = { 0 };
	struct job **shown, *j;
	size_t n = 0;
	int i = jobs_options(sh, argc, argv, &how), status = 0;
	bool borrowed;

	if (i < 0)
		return 2;
	/* In a subshell (`jobs | cat`, `$(jobs -p)`): the parent's jobs. */
	borrowed = jobs_borrow_parent(sh);
	jobs_reap(sh);
	for (j = sh->jobs.list; j; j = j->next)
		n++;
	shown = xcalloc(n + (size_t)argc, sizeof *shown);
	n = 0;
	if (i == argc) {
		for (j = sh->jobs.list; j; j = j->next)
			if (j->reported != JOB_DONE)
				shown[n++] = j;
	}
	for (; i < argc; i++) {
		j = jobs_find(sh, argv[i]);
		if (j)
			shown[n++] = j;
		else {
			error_print(sh, "jobs: %s: no such job", argv[i]);
			status = 1;
		}
	}
	for (size_t k = 0; k < n; k++)
		jobs_format(sh, shown[k], how, &sb);
	output_write(&sh->out, sb.data ? sb.data : "", sb.len);
	strbuf_release(&sb);
	/* A finished job, once shown, is not shown again. */
	for (size_t k = 0; k < n; k++) {
		bool again = false;
		for (size_t m = 0; m < k; m++)
			again = again || shown[m] == shown[k];
		if (!again)
			jobs_shown(sh, shown[k]);
	}
	free(shown);
	if (borrowed)
		jobs_unborrow_parent(sh);
	return status;
}

/* The job an fg or bg operand names (the current job without one), or
 * NULL after a message. Requires job control. */
static struct job *jobs_target(struct shell *sh, const char *name,
			       const char *arg)
{
	struct job *job;

	if (!jobs_control_on(sh)) {
		error_print(sh, "%s: no job control", name);
		return NULL;
	}
	job = jobs_find(sh, arg ? arg : "%+");
	if (!job) {
		if (arg)
			error_print(sh, "%s: %s: no such job", name, arg);
		else
			error_print(sh, "%s: no current job", name);
		return NULL;
	}
	if (jobs_state(job) == JOB_DONE) {
		error_print(sh, "%s: job %d has terminated", name, job->id);
		jobs_shown(sh, job);
		return NULL;
	}
	return job;
}

int builtin_fg(struct shell *sh, int argc, char **argv)
{
	int i = builtin_no_options(sh, argc, argv, "fg [job_id]");
	struct job *job;

	if (i < 0)
		return 2;
	if (argc - i > 1)
		return builtin_usage(sh, "fg", "fg [job_id]");
	job = jobs_target(sh, "fg", i < argc ? argv[i] : NULL);
	if (!job)
		return 1;
	/* XCU fg: the command is written to standard output. */
	output_printf(&sh->out, "%s\n", job->text ? job->text : "");
	output_flush(&sh->out);
	return jobs_continue(sh, job, true);
}

int builtin_bg(struct shell *sh, int argc, char **argv)
{
	int i = builtin_no_options(sh, argc, argv, "bg [job_id...]");
	int status = 0;

	if (i < 0)
		return 2;
	do {
		struct job *job = jobs_target(sh, "bg", i < argc ? argv[i] : NULL);
		char marker;
		if (!job) {
			status = 1;
			continue;
		}
		if (jobs_state(job) == JOB_RUNNING && job->async)
			continue; /* already in the background: success */
		/* XCU bg: "[%d] %s\n", here with the marker the job had (as
		 * bash) and " &". */
		marker = jobs_marker(sh, job);
		jobs_continue(sh, job, false);
		output_printf(&sh->out, "[%d]%c %s &\n", job->id, marker,
			      job->text ? job->text : "");
	} while (++i < argc);
	return status;
}
