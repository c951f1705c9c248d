/* cosh: invocation (XCU sh), start-up and the top-level loop. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "exec.h"
#include "expand.h"
#include "input.h"
#include "shell.h"

#define COSH_USAGE \
	"usage: cosh [-abCefhimnuvx] [-o option]... [-c string [name [arg...]]" \
	" | -s [arg...] | file [arg...]]\n"

struct invocation {
	const char *command;  /* -c string */
	bool read_stdin;      /* -s, or no operand */
	bool interactive;     /* -i */
	int first_operand;
};

/* An invocation error names the option: "cosh: --bogus: unknown
 * option", then the usage; status 2 (XCU sh, EXIT STATUS). */
static _Noreturn void main_usage(struct shell *sh, const char *option,
				 const char *what)
{
	error_print(sh, "%s: %s", option, what);
	output_write_all(2, COSH_USAGE, strlen(COSH_USAGE));
	exit(2);
}

static void main_long_option(struct shell *sh, const char *arg)
{
	if (strcmp(arg, "--help") == 0) {
		output_write_all(1, COSH_USAGE, strlen(COSH_USAGE));
		exit(0);
	}
	if (strcmp(arg, "--version") == 0) {
		const char *v = "cosh " PACKAGE_VERSION "\n";
		output_write_all(1, v, strlen(v));
		exit(0);
	}
	main_usage(sh, arg, "unknown option");
}

/* One option word: -abc, +abc, -o name, -c, -s, -i. Returns how many
 * extra words it used. */
static int main_option_word(struct shell *sh, struct invocation *inv,
			    char **argv, int i)
{
	const char *a = argv[i];
	bool on = a[0] == '-';
	int used = 0;
	for (const char *o = a + 1; *o; o++) {
		if (*o == 'c' && on) {
			inv->command = "";
		} else if (*o == 's' && on) {
			inv->read_stdin = true;
		} else if (*o == 'i') {
			inv->interactive = on;
		} else if (*o == 'o') {
			const char *name = argv[i + 1 + used];
			if (!name) {
				options_print(sh, !on);
				continue;
			}
			used++;
			if (options_set_name(sh, name, on) < 0)
				main_usage(sh, name, "unknown option");
		} else if (options_set_letter(sh, *o, on) < 0) {
			char letter[3] = { a[0], *o, '\0' };
			main_usage(sh, letter, "unknown option");
		}
	}
	return used;
}

static void main_parse_args(struct shell *sh, struct invocation *inv,
			    int argc, char **argv)
{
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "-") == 0) {
			/* A lone '-' ends the options and is ignored (XCU sh). */
			i++;
			break;
		}
		if (strncmp(a, "--", 2) == 0)
			main_long_option(sh, a);
		if ((a[0] != '-' && a[0] != '+') || !a[1])
			break;
		i += main_option_word(sh, inv, argv, i);
	}
	if (inv->command) {
		if (i >= argc)
			main_usage(sh, "-c", "option requires an argument");
		inv->command = argv[i++];
	}
	inv->first_operand = i;
	if (!inv->command && i >= argc)
		inv->read_stdin = true;
}

/* $0 and the positional parameters (XCU sh OPERANDS). */
static void main_set_params(struct shell *sh, struct invocation *inv,
			    int argc, char **argv)
{
	int i = inv->first_operand;
	if (!inv->read_stdin && i < argc) {
		free(sh->arg0);
		sh->arg0 = xstrdup(argv[i++]);
	}
	params_set(&sh->params, argc - i, argv + i);
}

static bool main_has_dot_component(const char *path)
{
	for (const char *p = path; *p; p++) {
		if (*p != '/')
			continue;
		const char *c = p + 1;
		if (c[0] == '.' && (c[1] == '/' || !c[1]))
			return true;
		if (c[0] == '.' && c[1] == '.' && (c[2] == '/' || !c[2]))
			return true;
	}
	return false;
}

static void main_init_pwd(struct shell *sh)
{
	const char *pwd = vars_get(sh, "PWD");
	char *cwd = getcwd(NULL, 0);
	if (!cwd)
		return;
	bool valid = false;
	/* XCU 2.5.3 PWD: an absolute name of the cwd without . or ..
	 * components is kept; anything else is replaced. */
	if (pwd && pwd[0] == '/' && !main_has_dot_component(pwd)) {
		char *real = realpath(pwd, NULL);
		valid = real && strcmp(real, cwd) == 0;
		free(real);
	}
	if (!valid)
		vars_set(sh, "PWD", cwd, VAR_EXPORT);
	free(cwd);
}

/* XCU sh: an interactive shell runs the file named by $ENV. */
static void main_source_env(struct shell *sh)
{
	const char *env = vars_get(sh, "ENV");
	if (!env || geteuid() != getuid())
		return;
	char *path = expand_string(sh, env);
	if (!path || !*path)
		return;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0)
		exec_file(sh, fd, path);
	if (sh->flow != FLOW_EXIT)
		sh->flow = FLOW_NONE;
}

static int main_run_script(struct shell *sh, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int err = errno;
		error_print(sh, "%s: %s", path, strerror(err));
		return err == ENOENT ? 127 : 126;
	}
	return exec_file(sh, fd, path);
}

static int main_run_interactive(struct shell *sh)
{
	struct input in;
	input_init_interactive(&in, 0);
	for (;;) {
		exec_interactive(sh, &in);
		if (sh->flow == FLOW_EXIT)
			break;
		if (in.eof && !input_resume(&in)) {
			if (!jobs_warn_stopped(sh))
				break;
			in.eof = false;  /* Ctrl-D again leaves */
		}
		sh->flow = FLOW_NONE;
	}
	input_close(sh, &in);
	/* At the end of input: the status of the last command ($?), also
	 * when a syntax error at a PS2 prompt was the last thing read. */
	return sh->exit_status;
}

int main(int argc, char **argv)
{
	extern char **environ;
	struct shell shell, *sh = &shell;
	/* Only the categories the shell uses (characters, and collation for
	 * sorting and ranges): loading all of them costs more than the rest of
	 * start-up. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_COLLATE, "");
	shell_init(sh, environ, argv[0] ? argv[0] : "cosh");
	struct invocation inv = { 0 };
	main_parse_args(sh, &inv, argc, argv);
	main_set_params(sh, &inv, argc, argv);
	sh->opts.stdin_mode = inv.read_stdin;
	sh->opts.interactive = inv.interactive ||
		(inv.read_stdin && !inv.command && isatty(0) && isatty(2));
	trap_init(sh);
	main_init_pwd(sh);
	if (sh->opts.interactive)
		main_source_env(sh);
	int status = 0;
	if (sh->flow != FLOW_EXIT) {
		if (inv.command)
			status = exec_command_string(sh, inv.command);
		else if (!inv.read_stdin)
			status = main_run_script(sh, sh->arg0);
		else if (sh->opts.interactive)
			status = main_run_interactive(sh);
		else
			status = exec_file(sh, 0, NULL);
	}
	if (sh->flow == FLOW_EXIT)
		status = sh->exit_status;
	shell_exit(sh, status);
}
