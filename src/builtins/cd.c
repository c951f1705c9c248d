/* cd and pwd (XCU cd, pwd): logical paths by default. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"
#include "strbuf.h"

/* Is path[0..len) a directory? If not, errno says why. */
static bool cd_is_dir(const char *path, size_t len)
{
	char *prefix = xstrndup(path, len);
	struct stat st;
	bool ok = stat(prefix, &st) == 0;
	if (ok && !S_ISDIR(st.st_mode)) {
		ok = false;
		errno = ENOTDIR;
	}
	free(prefix);
	return ok;
}

/* Removes "." and "dir/.." components of an absolute path (XCU cd step
 * 8), in place. Returns -1 with errno set when the component before a
 * ".." is not a directory (step 8.b: then cd fails). */
static int cd_canonicalize(char *path)
{
	/* Exactly two leading slashes are kept: their meaning is
	 * implementation-defined (XCU cd step 8, XBD 4.16). */
	if (path[0] == '/' && path[1] == '/' && path[2] != '/')
		path++;
	char *out = path;
	const char *p = path;
	while (*p) {
		while (*p == '/')
			p++;
		const char *end = strchrnul(p, '/');
		size_t n = (size_t)(end - p);
		if (n == 1 && p[0] == '.') {
			;
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (out > path && !cd_is_dir(path, (size_t)(out - path)))
				return -1;
			while (out > path && *--out != '/')
				;
		} else if (n > 0) {
			*out++ = '/';
			memmove(out, p, n);
			out += n;
		}
		p = end;
	}
	if (out == path)
		*out++ = '/';
	*out = '\0';
	return 0;
}

/* Returns the physical working directory (malloc'd) or NULL. */
static char *cd_getcwd(void)
{
	char *cwd = getcwd(NULL, 0);
	return cwd;
}

/* Is PWD an absolute name of the current directory? */
static bool cd_pwd_valid(const char *pwd)
{
	struct stat a, b;
	return pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* Tries CDPATH for a relative operand; returns the directory to use
 * (malloc'd) and whether it should be printed. */
static char *cd_search_cdpath(struct shell *sh, const char *dir, bool *print)
{
	const char *cdpath = vars_get(sh, "CDPATH");
	*print = false;
	if (dir[0] == '/' || !cdpath || strncmp(dir, "./", 2) == 0 ||
	    strncmp(dir, "../", 3) == 0 || !strcmp(dir, ".") || !strcmp(dir, ".."))
		return xstrdup(dir);
	struct strbuf sb = { 0 };
	for (const char *p = cdpath;; ) {
		const char *colon = strchrnul(p, ':');
		strbuf_reset(&sb);
		if (colon != p) {
			strbuf_add(&sb, p, (size_t)(colon - p));
			if (sb.data[sb.len - 1] != '/')
				strbuf_addc(&sb, '/');
		}
		strbuf_adds(&sb, dir);
		struct stat st;
		if (stat(strbuf_str(&sb), &st) == 0 && S_ISDIR(st.st_mode)) {
			*print = colon != p;
			return strbuf_detach(&sb);
		}
		if (!*colon)
			break;
		p = colon + 1;
	}
	strbuf_release(&sb);
	return xstrdup(dir);
}

static int cd_go(struct shell *sh, const char *dir, bool physical, bool print)
{
	const char *pwd = vars_get(sh, "PWD");
	char *target;
	if (physical) {
		target = xstrdup(dir);
	} else {
		struct strbuf sb = { 0 };
		if (dir[0] != '/') {
			char *cwd = cd_pwd_valid(pwd) ? xstrdup(pwd) : cd_getcwd();
			/* A removed directory has no name left: $PWD is the
			 * one XCU cd step 7 says to use. */
			if (!cwd && pwd && pwd[0] == '/')
				cwd = xstrdup(pwd);
			if (!cwd) {
				error_print(sh, "cd: %s: %s", dir,
					    strerror(errno));
				strbuf_release(&sb);
				return 1;
			}
			strbuf_adds(&sb, cwd);
			strbuf_addc(&sb, '/');
			free(cwd);
		}
		strbuf_adds(&sb, dir);
		target = strbuf_detach(&sb);
		if (cd_canonicalize(target) < 0) {
			error_print(sh, "cd: %s: %s", dir, strerror(errno));
			free(target);
			return 1;
		}
	}
	if (chdir(target) < 0) {
		error_print(sh, "cd: %s: %s", dir, strerror(errno));
		free(target);
		return 1;
	}
	if (physical) {
		free(target);
		target = cd_getcwd();
		if (!target)
			target = xstrdup(dir);
	}
	/* Exported, as dash, bash and yash do. */
	vars_set(sh, "OLDPWD", pwd ? pwd : "", VAR_EXPORT);
	vars_set(sh, "PWD", target, VAR_EXPORT);
	if (print)
		output_printf(&sh->out, "%s\n", target);
	free(target);
	return 0;
}

/* Parses -L and -P; returns the index of the operand or -1. */
static int cd_options(struct shell *sh, int argc, char **argv, bool *physical,
		      const char *usage)
{
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'L' || *o == 'P') {
				*physical = *o == 'P';
			} else {
				error_print(sh, "%s: %s: invalid option", argv[0], argv[i]);
				builtin_usage(sh, argv[0], usage);
				return -1;
			}
		}
	}
	return i;
}

int builtin_cd(struct shell *sh, int argc, char **argv)
{
	bool physical = false;
	int i = cd_options(sh, argc, argv, &physical, "cd [-L|-P] [directory]");
	if (i < 0)
		return 2;
	if (argc - i > 1) {
		error_print(sh, "cd: too many arguments");
		return 1;
	}
	const char *dir = i < argc ? argv[i] : vars_get(sh, "HOME");
	bool print = false;
	if (!dir) {
		error_print(sh, "cd: HOME not set");
		return 1;
	}
	if (strcmp(dir, "-") == 0) {
		dir = vars_get(sh, "OLDPWD");
		if (!dir) {
			error_print(sh, "cd: OLDPWD not set");
			return 1;
		}
		print = true;
	}
	if (!*dir)
		return 0;
	bool cdpath_print;
	char *found = cd_search_cdpath(sh, dir, &cdpath_print);
	int status = cd_go(sh, found, physical, print || cdpath_print);
	free(found);
	return status;
}

int builtin_pwd(struct shell *sh, int argc, char **argv)
{
	bool physical = false;
	int i = cd_options(sh, argc, argv, &physical, "pwd [-L|-P]");
	if (i < 0)
		return 2;
	const char *pwd = vars_get(sh, "PWD");
	if (!physical && cd_pwd_valid(pwd) && !strstr(pwd, "/./") &&
	    !strstr(pwd, "/../")) {
		output_printf(&sh->out, "%s\n", pwd);
		return 0;
	}
	char *cwd = cd_getcwd();
	if (!cwd) {
		error_print(sh, "pwd: %s", strerror(errno));
		return 1;
	}
	output_printf(&sh->out, "%s\n", cwd);
	free(cwd);
	return 0;
}
