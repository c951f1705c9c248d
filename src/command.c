#include "command.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "error.h"
#include "exec.h"
#include "func.h"
#include "shell.h"
#include "strbuf.h"
#ifdef COSH_CONTAINER
#include "container/container.h"
#endif

/* The path searched by `command -p` (confstr(_CS_PATH) on glibc). */
#define COMMAND_DEFAULT_PATH "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"

void command_hash_clear(struct shell *sh)
{
	struct hash_entry *e = sh->hash.list;
	while (e) {
		struct hash_entry *next = e->next;
		free(e->name);
		free(e->path);
		free(e);
		e = next;
	}
	sh->hash.list = NULL;
}

const char *command_hash_lookup(struct shell *sh, const char *name)
{
	for (struct hash_entry *e = sh->hash.list; e; e = e->next)
		if (strcmp(e->name, name) == 0)
			return e->path;
	return NULL;
}

void command_hash_add(struct shell *sh, const char *name, const char *path)
{
	for (struct hash_entry *e = sh->hash.list; e; e = e->next) {
		if (strcmp(e->name, name) == 0) {
			char *copy = xstrdup(path);
			free(e->path);
			e->path = copy;
			return;
		}
	}
	struct hash_entry *e = xcalloc(1, sizeof *e);
	e->name = xstrdup(name);
	e->path = xstrdup(path);
	e->next = sh->hash.list;
	sh->hash.list = e;
}

/* 0: an executable regular file; 126: exists but cannot be run; 127. */
static int command_check_file(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return 127;
	if (!S_ISREG(st.st_mode) || !(st.st_mode & 0111))
		return 126;
	return 0;
}

char *command_path_search(struct shell *sh, const char *name,
			  bool default_path, int *error)
{
	const char *path = default_path ? COMMAND_DEFAULT_PATH
					: vars_get(sh, "PATH");
	if (!path)
		path = COMMAND_DEFAULT_PATH;
	*error = 127;
	struct strbuf sb = { 0 };
	char *denied = NULL;
	for (const char *p = path;; ) {
		const char *colon = strchrnul(p, ':');
		strbuf_reset(&sb);
		if (colon == p)
			strbuf_addc(&sb, '.');  /* an empty entry is the cwd */
		else
			strbuf_add(&sb, p, (size_t)(colon - p));
		strbuf_addc(&sb, '/');
		strbuf_adds(&sb, name);
		int r = command_check_file(strbuf_str(&sb));
		if (r == 0) {
			free(denied);
			return strbuf_detach(&sb);
		}
		if (r == 126 && !denied)
			denied = xstrdup(strbuf_str(&sb));
		if (!*colon)
			break;
		p = colon + 1;
	}
	strbuf_release(&sb);
	if (denied) {
		free(denied);
		*error = 126;
	}
	return NULL;
}

void command_search(struct shell *sh, const char *name, bool functions,
		    bool default_path, struct command_found *out)
{
	memset(out, 0, sizeof *out);
#ifdef COSH_CONTAINER
	/* Before the slash rule: option values may hold a '/'
	 * (container:web,workdir=/tmp). */
	if (container_is_prefix(name)) {
		out->kind = COMMAND_CONTAINER;
		out->path = name;
		return;
	}
#endif
	if (strchr(name, '/')) {
		out->kind = COMMAND_EXTERNAL;
		out->path = name;
		return;
	}
	if (!*name) {
		/* An empty name names no file (XCU 2.9.1.1): not found. */
		out->kind = COMMAND_NOT_FOUND;
		out->error = 127;
		return;
	}
	const struct builtin *b = builtins_find(name);
	if (b && b->special) {
		out->kind = COMMAND_SPECIAL_BUILTIN;
		out->builtin = b;
		return;
	}
	if (functions && (out->func = func_find(sh, name))) {
		out->kind = COMMAND_FUNCTION;
		return;
	}
	if (b) {
		out->kind = COMMAND_BUILTIN;
		out->builtin = b;
		return;
	}
	const char *hashed = default_path ? NULL : command_hash_lookup(sh, name);
	if (hashed && command_check_file(hashed) == 0) {
		out->kind = COMMAND_EXTERNAL;
		out->path = hashed;
		return;
	}
	char *path = command_path_search(sh, name, default_path, &out->error);
	if (!path) {
		out->kind = COMMAND_NOT_FOUND;
		return;
	}
	if (!default_path) {
		command_hash_add(sh, name, path);
		free(path);
		path = (char *)command_hash_lookup(sh, name);
	} else {
		/* Kept for the caller's command only: lives in scratch. */
		char *s = arena_strdup(&sh->scratch, path);
		free(path);
		path = s;
	}
	out->kind = COMMAND_EXTERNAL;
	out->path = path;
}

/* A file execve refused with ENOEXEC is a script unless it looks binary:
 * a NUL byte before the first newline. */
static bool command_is_binary(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	char buf[256];
	ssize_t n = read(fd, buf, sizeof buf);
	close(fd);
	for (ssize_t i = 0; i < n && buf[i] != '\n'; i++)
		if (buf[i] == '\0')
			return true;
	return false;
}

/* ENOEXEC: cosh runs the file itself, as a new shell would. */
static void command_run_script(struct shell *sh, const char *path,
			       char **argv, char **env)
{
	int argc = 0;
	while (argv[argc])
		argc++;
	char **args = xmalloc(sizeof *args * (size_t)(argc + 2));
	args[0] = sh->arg0;
	args[1] = (char *)path;
	for (int i = 1; i <= argc; i++)
		args[i + 1] = argv[i];
	execve("/proc/self/exe", args, env);
	free(args);
	/* No /proc (a minimal container): run it in this process instead. */
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	free(sh->arg0);
	sh->arg0 = xstrdup(path);
	params_set(&sh->params, argc - 1, argv + 1);
	trap_reset_for_subshell(sh);
	shell_exit(sh, exec_file(sh, fd, path));
}

int command_execve(struct shell *sh, const char *path, char **argv,
		   char **env)
{
	output_flush(&sh->out);
	execve(path, argv, env);
	int err = errno;
	if (err == ENOEXEC) {
		if (command_is_binary(path)) {
			error_print(sh, "%s: cannot execute binary file", argv[0]);
			return 126;
		}
		command_run_script(sh, path, argv, env);
		err = errno;
	}
	/* XCU 2.9.1.1: 127 when the file does not exist, 126 otherwise. */
	if (err == ENOENT || err == ENOTDIR || err == ELOOP ||
	    err == ENAMETOOLONG) {
		error_print(sh, "%s: not found", argv[0]);
		return 127;
	}
	error_print(sh, "%s: %s", argv[0], strerror(err));
	return 126;
}
