/* fc (XCU fc): lists, or edits and runs again, commands of the history
 * list (history.c). The fc command itself is the newest entry while it
 * runs; "the previous command" is the one before it, and the commands fc
 * runs take its place in the list. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "error.h"
#include "exec.h"
#include "fdtab.h"
#include "history.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"

#define FC_USAGE "fc [-r] [-e editor] [first [last]] | fc -l [-nr] " \
	"[first [last]] | fc -s [old=new] [first]"

struct fc_args {
	bool list, numbers, reverse, rerun;
	const char *editor;
	const char *old, *new_text;  /* -s old=new: old is old_len bytes */
	size_t old_len;
	const char *first, *last;
};

/* Options until the first operand; "-1" is an operand (a negative
 * number), "--" ends them. Returns the index of the first operand, or -1
 * after a usage error. */
static int fc_options(struct shell *sh, int argc, char **argv,
		      struct fc_args *a)
{
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o = argv[i] + 1;
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		if (*o >= '0' && *o <= '9')
			break;
		for (; *o; o++) {
			if (*o == 'l') {
				a->list = true;
			} else if (*o == 'n') {
				a->numbers = false;
			} else if (*o == 'r') {
				a->reverse = true;
			} else if (*o == 's') {
				a->rerun = true;
			} else if (*o == 'e') {
				if (o[1]) {
					a->editor = o + 1;
				} else if (i + 1 < argc) {
					a->editor = argv[++i];
				} else {
					error_print(sh, "fc: -e: option requires an argument");
					builtin_usage(sh, "fc", FC_USAGE);
					return -1;
				}
				break;
			} else {
				error_print(sh, "fc: -%c: invalid option", *o);
				builtin_usage(sh, "fc", FC_USAGE);
				return -1;
			}
		}
	}
	return i;
}

/* The newest entry fc may name: the one before fc itself. */
static int fc_newest(struct shell *sh)
{
	return history_last(sh) - (sh->history.pending ? 1 : 0);
}

/* The number of the entry spec names ([+]number, -number, or the
 * newest entry starting with a string), clamped into the list when
 * clamp; 0 with a diagnostic when there is none. */
static int fc_find(struct shell *sh, const char *spec, bool clamp)
{
	int oldest = history_first(sh), newest = fc_newest(sh), n;
	const char *p = spec + (*spec == '-' || *spec == '+');
	char *end;

	errno = 0;
	if (*p >= '0' && *p <= '9') {
		long v = strtol(p, &end, 10);
		if (*end == '\0') {
			if (v > 1000000000 || errno == ERANGE)
				v = 1000000000;
			if (*spec == '-' || v == 0)
				n = newest + 1 - (int)(v > 0 ? v : 1);
			else
				n = v > newest ? newest + 1 : (int)v;
			if (clamp)
				n = n < oldest ? oldest : n > newest ? newest : n;
			if (n >= oldest && n <= newest)
				return n;
			error_print(sh, "fc: %s: history specification out of "
				    "range", spec);
			return 0;
		}
	}
	for (n = newest; n >= oldest; n--)
		if (strncmp(history_get(sh, n), spec, strlen(spec)) == 0)
			return n;
	error_print(sh, "fc: %s: no command found", spec);
	return 0;
}

/* fc -l: "%d\t%s\n" per command, later lines of one "\t%s\n" (XCU fc
 * STDOUT). */
static void fc_list(struct shell *sh, const struct fc_args *a, int from,
		    int to)
{
	int step = from <= to ? 1 : -1;
	struct strbuf sb = { 0 };

	for (int n = from;; n += step) {
		const char *cmd = history_get(sh, n);
		if (a->numbers)
			strbuf_addf(&sb, "%d", n);
		strbuf_addc(&sb, '\t');
		for (const char *c = cmd; *c; c++) {
			strbuf_addc(&sb, *c);
			if (*c == '\n')
				strbuf_addc(&sb, '\t');
		}
		strbuf_addc(&sb, '\n');
		if (n == to)
			break;
	}
	output_write(&sh->out, sb.data, sb.len);
	strbuf_release(&sb);
}

/* Writes the commands to run again on stderr (as ksh and bash do), puts
 * them in the fc command's place in the history and runs them. */
static int fc_run(struct shell *sh, const char *text)
{
	size_t n = strlen(text);
	int status;

	output_flush(&sh->out);
	output_write_all(2, text, n);
	if (n && text[n - 1] != '\n')
		output_write_all(2, "\n", 1);
	history_replace_last(sh, text);
	status = exec_string(sh, text, NULL);
	return status;
}

/* fc -s [old=new] [first]: the command with the first old replaced. */
static int fc_rerun(struct shell *sh, const struct fc_args *a)
{
	int n = fc_find(sh, a->first ? a->first : "-1", false);
	const char *cmd, *at;
	struct strbuf sb = { 0 };
	int status;

	if (!n)
		return 1;
	cmd = history_get(sh, n);
	if (a->old_len) {
		char *old = xstrndup(a->old, a->old_len);
		at = strstr(cmd, old);
		free(old);
	} else {
		at = NULL;
	}
	if (at) {
		strbuf_add(&sb, cmd, (size_t)(at - cmd));
		strbuf_adds(&sb, a->new_text);
		strbuf_adds(&sb, at + a->old_len);
	} else {
		strbuf_adds(&sb, cmd);
	}
	status = fc_run(sh, strbuf_str(&sb));
	strbuf_release(&sb);
	return status;
}

/* The commands from..to, one after another, in a new temporary file;
 * its name in path. Returns the fd-less result: 0, or -1. */
static int fc_write_file(struct shell *sh, int from, int to,
			 struct strbuf *path)
{
	const char *dir = getenv("TMPDIR");
	struct strbuf sb = { 0 };
	int fd, step = from <= to ? 1 : -1, ret;

	strbuf_adds(path, dir && *dir ? dir : "/tmp");
	strbuf_adds(path, "/cosh-fc.XXXXXX");
	fd = mkstemp(path->data);
	if (fd < 0 || fdtab_take(sh, &fd) < 0) {
		error_print(sh, "fc: %s: %s", path->data, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(path->data);
		}
		return -1;
	}
	for (int n = from;; n += step) {
		strbuf_adds(&sb, history_get(sh, n));
		strbuf_addc(&sb, '\n');
		if (n == to)
			break;
	}
	ret = output_write_all(fd, sb.data, sb.len);
	fdtab_close(sh, &fd);
	strbuf_release(&sb);
	return ret < 0 ? -1 : 0;
}

/* Reads the edited file back into sb. */
static void fc_read_file(struct shell *sh, const char *path, struct strbuf *sb)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fdtab_take(sh, &fd) < 0) {
		if (fd >= 0)
			close(fd);
		return;
	}
	strbuf_read_fd(sb, fd);
	fdtab_close(sh, &fd);
}

/* Edits the commands from..to with the editor (-e, else FCEDIT, else
 * ed) and runs the result; an editor that fails runs nothing and enters
 * nothing (XCU fc). */
static int fc_edit(struct shell *sh, const struct fc_args *a, int from,
		   int to)
{
	const char *editor = a->editor;
	struct strbuf path = { 0 }, cmd = { 0 }, text = { 0 };
	int status;

	if (!editor)
		editor = vars_get(sh, "FCEDIT");
	if (!editor || !*editor)
		editor = "ed";
	if (fc_write_file(sh, from, to, &path) < 0) {
		strbuf_release(&path);
		return 1;
	}
	/* The editor string is a command, as in ksh and bash
	 * (FCEDIT='vi -n'); the file name is quoted. */
	strbuf_adds(&cmd, editor);
	strbuf_adds(&cmd, " '");
	strbuf_adds(&cmd, path.data);
	strbuf_addc(&cmd, '\'');
	status = exec_string(sh, cmd.data, NULL);
	if (status == 0 && sh->flow == FLOW_NONE)
		fc_read_file(sh, path.data, &text);
	unlink(path.data);
	if (status != 0 || sh->flow != FLOW_NONE) {
		history_replace_last(sh, NULL);
	} else if (text.len && strspn(text.data, " \t\n") < text.len) {
		status = fc_run(sh, text.data);
	} else {
		history_replace_last(sh, NULL);
	}
	strbuf_release(&path);
	strbuf_release(&cmd);
	strbuf_release(&text);
	return status;
}

/* first and last as XCU fc OPERANDS gives them defaults. */
static int fc_range(struct shell *sh, const struct fc_args *a, int *from,
		    int *to)
{
	int newest = fc_newest(sh);

	if (!a->first) {
		*to = newest;
		*from = a->list ? newest - 15 : newest;
		if (*from < history_first(sh))
			*from = history_first(sh);
		return 0;
	}
	*from = fc_find(sh, a->first, a->list || a->last);
	if (!*from)
		return -1;
	if (a->last)
		*to = fc_find(sh, a->last, true);
	else
		*to = a->list ? newest : *from;
	return *to ? 0 : -1;
}

int builtin_fc(struct shell *sh, int argc, char **argv)
{
	struct fc_args a = { .numbers = true };
	int i = fc_options(sh, argc, argv, &a), from, to;

	if (i < 0)
		return 2;
	if (a.editor && strcmp(a.editor, "-") == 0) {
		a.rerun = true;  /* fc -e - is fc -s (ksh, bash) */
		a.editor = NULL;
	}
	if (a.rerun && i < argc && strchr(argv[i], '=')) {
		const char *eq = strchr(argv[i], '=');
		a.old = argv[i];
		a.old_len = (size_t)(eq - argv[i]);
		a.new_text = eq + 1;
		i++;
	}
	if (i < argc)
		a.first = argv[i++];
	if (i < argc && !a.rerun)
		a.last = argv[i++];
	if (i < argc || (a.list && (a.rerun || a.editor)))
		return builtin_usage(sh, "fc", FC_USAGE);
	if (fc_newest(sh) < history_first(sh)) {
		if (a.list)
			return 0;
		error_print(sh, "fc: no command in history");
		return 1;
	}
	if (a.rerun)
		return fc_rerun(sh, &a);
	if (fc_range(sh, &a, &from, &to) < 0)
		return 1;
	if (a.reverse) {
		int t = from;
		from = to;
		to = t;
	}
	if (a.list) {
		fc_list(sh, &a, from, to);
		return 0;
	}
	return fc_edit(sh, &a, from, to);
}
