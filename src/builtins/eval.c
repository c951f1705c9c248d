/* eval and . (dot) (XCU 2.15). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "error.h"
#include "exec.h"
#include "shell.h"
#include "strbuf.h"

int builtin_eval(struct shell *sh, int argc, char **argv)
{
	int first = builtin_no_options(sh, argc, argv, "eval [arg ...]");
	if (first < 0)
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	struct strbuf text = { 0 };
	for (int i = first; i < argc; i++) {
		if (i > first)
			strbuf_addc(&text, ' ');
		strbuf_adds(&text, argv[i]);
	}
	/* $? in the commands is the status from before eval (XCU 2.5.2). */
	int status = text.len ? exec_string(sh, text.data, NULL) : 0;
	strbuf_release(&text);
	return status;
}

/* XCU 2.15 dot: a name without '/' is searched in PATH (any readable
 * file, not only executables). */
static char *dot_find(struct shell *sh, const char *name)
{
	if (strchr(name, '/'))
		return xstrdup(name);
	const char *path = vars_get(sh, "PATH");
	struct strbuf sb = { 0 };
	for (const char *p = path ? path : ""; path; ) {
		const char *colon = strchrnul(p, ':');
		strbuf_reset(&sb);
		if (colon == p)
			strbuf_addc(&sb, '.');
		else
			strbuf_add(&sb, p, (size_t)(colon - p));
		strbuf_addc(&sb, '/');
		strbuf_adds(&sb, name);
		struct stat st;
		if (stat(sb.data, &st) == 0 && !S_ISDIR(st.st_mode) &&
		    access(sb.data, R_OK) == 0)
			return strbuf_detach(&sb);
		if (!*colon)
			break;
		p = colon + 1;
	}
	strbuf_release(&sb);
	return NULL;
}

int builtin_dot(struct shell *sh, int argc, char **argv)
{
	int first = builtin_no_options(sh, argc, argv, ". file [arg ...]");
	if (first < 0 || first >= argc) {
		if (first >= 0)
			builtin_usage(sh, ".", ". file [arg ...]");
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
	}
	char *path = dot_find(sh, argv[first]);
	int fd = path ? open(path, O_RDONLY | O_CLOEXEC) : -1;
	if (fd < 0) {
		error_print(sh, ".: %s: %s", argv[first],
			    path ? strerror(errno) : "not found");
		free(path);
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 1);
	}
	struct params saved = sh->params;
	bool new_params = argc > first + 1;
	if (new_params) {
		memset(&sh->params, 0, sizeof sh->params);
		params_set(&sh->params, argc - first - 1, argv + first + 1);
	}
	int saved_line = sh->lineno;
	sh->dot_depth++;
	int status = exec_file(sh, fd, path);
	sh->dot_depth--;
	sh->lineno = saved_line;
	if (sh->flow == FLOW_RETURN) {
		sh->flow = FLOW_NONE;
		status = sh->exit_status;
	}
	if (new_params) {
		params_free(&sh->params);
		sh->params = saved;
	}
	free(path);
	return status;
}
