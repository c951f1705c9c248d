/* One simple command (XCU 2.9.1): expand, assign, redirect, dispatch. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "builtins/builtins.h"
#include "command.h"
#include "error.h"
#include "exec.h"
#include "expand.h"
#include "redir.h"
#include "shell.h"
#include "strbuf.h"
#ifdef COSH_CONTAINER
#include "container/container.h"
#endif

/* A variable as it was before a temporary assignment. */
struct saved_var {
	char *name;
	char *value;
	unsigned flags;
	bool existed;
};

struct simple_cmd {
	struct strvec argv;
	char **assigns;     /* expanded "name=value" strings, in scratch */
	int nassigns;
	const struct ast_redir *redirs;
	struct saved_var *saved;
	int nsaved;
};

static bool trace_needs_quotes(const char *s)
{
	if (!*s)
		return true;
	for (; *s; s++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789_-./=:,+@%", *s))
			return true;
	return false;
}

static void trace_word(struct strbuf *sb, const char *w)
{
	if (!trace_needs_quotes(w)) {
		strbuf_adds(sb, w);
		return;
	}
	strbuf_addc(sb, '\'');
	for (; *w; w++) {
		if (*w == '\'')
			strbuf_adds(sb, "'\\''");
		else
			strbuf_addc(sb, *w);
	}
	strbuf_addc(sb, '\'');
}

/* set -x: PS4, then the expanded assignments and words (XCU 2.14). */
static void simple_trace(struct shell *sh, struct simple_cmd *cmd)
{
	struct strbuf sb = { 0 };
	const char *ps4 = vars_get(sh, "PS4");
	strbuf_adds(&sb, ps4 ? expand_prompt(sh, ps4) : "+ ");
	for (int i = 0; i < cmd->nassigns; i++) {
		if (i)
			strbuf_addc(&sb, ' ');
		const char *eq = strchr(cmd->assigns[i], '=');
		strbuf_add(&sb, cmd->assigns[i], (size_t)(eq - cmd->assigns[i] + 1));
		trace_word(&sb, eq + 1);
	}
	for (size_t i = 0; i < cmd->argv.len; i++) {
		if (i || cmd->nassigns)
			strbuf_addc(&sb, ' ');
		trace_word(&sb, cmd->argv.items[i]);
	}
	strbuf_addc(&sb, '\n');
	output_flush(&sh->out);
	output_write_all(2, sb.data, sb.len);
	strbuf_release(&sb);
}

/* Remembers the variable a ("name=value") is about to change. */
static void simple_save_var(struct shell *sh, struct simple_cmd *cmd,
			    const char *a)
{
	char *name = xstrndup(a, (size_t)(strchr(a, '=') - a));
	struct var *v = vars_lookup(sh, name);
	struct saved_var *sv = &cmd->saved[cmd->nsaved++];
	sv->name = name;
	sv->existed = v != NULL;
	sv->value = v && v->value ? xstrdup(v->value) : NULL;
	sv->flags = v ? v->flags : 0;
}

/* Expands the assignments from left to right and performs each at once,
 * so that a later one sees an earlier one (XCU 2.9.1). Permanent ones stay
 * in the shell (no command name, special builtins); the others are
 * exported for the command and undone by simple_restore_vars. Returns 0,
 * -1 after an expansion error, -2 after an assignment error. */
static int simple_assign(struct shell *sh, const struct ast_node *node,
			 struct simple_cmd *cmd, bool permanent)
{
	const struct ast_simple *s = &node->u.simple;
	cmd->assigns = arena_alloc(&sh->scratch,
				   sizeof *cmd->assigns * (size_t)(s->nassigns + 1));
	cmd->assigns[0] = NULL;
	if (!permanent && s->nassigns)
		cmd->saved = xcalloc((size_t)s->nassigns, sizeof *cmd->saved);
	for (int i = 0; i < s->nassigns; i++) {
		const struct ast_assign *as = &s->assigns[i];
		char *value = expand_assignment_value(sh, as->value);
		if (!value)
			return -1;
		size_t nl = as->namelen + 1, vl = strlen(value);
		char *a = arena_alloc(&sh->scratch, nl + vl + 1);
		memcpy(a, as->text, nl);
		memcpy(a + nl, value, vl + 1);
		cmd->assigns[i] = a;
		cmd->assigns[i + 1] = NULL;
		cmd->nassigns = i + 1;
		if (!permanent)
			simple_save_var(sh, cmd, a);
		if (vars_assign(sh, a, permanent ? 0 : VAR_EXPORT) < 0)
			return -2;
	}
	return 0;
}

static void simple_restore_vars(struct shell *sh, struct simple_cmd *cmd)
{
	for (int i = cmd->nsaved - 1; i >= 0; i--) {
		struct saved_var *sv = &cmd->saved[i];
		struct var *v = vars_lookup(sh, sv->name);
		if (v && !(v->flags & VAR_READONLY)) {
			if (sv->existed) {
				free(v->value);
				v->value = sv->value;
				sv->value = NULL;
				v->flags = sv->flags;
			} else {
				vars_unset(sh, sv->name);
			}
		}
		/* A location found under a temporary PATH is forgotten. */
		if (strcmp(sv->name, "PATH") == 0)
			command_hash_clear(sh);
		free(sv->name);
		free(sv->value);
	}
	free(cmd->saved);
	cmd->saved = NULL;
	cmd->nsaved = 0;
}

/* XCU 2.9.1: with no command name, redirections are performed and undone. */
static int simple_no_command(struct shell *sh, struct simple_cmd *cmd)
{
	if (cmd->redirs) {
		if (redir_push(sh, cmd->redirs, true) < 0)
			return error_consequence(sh, ERROR_REDIR_OTHER, 1);
		redir_pop(sh);
	}
	return sh->cmdsub_status;
}

/* Flushes builtin output; a failed write makes the builtin fail. */
static int simple_flush(struct shell *sh, const char *name, int status)
{
	if (output_flush(&sh->out) < 0) {
		int err = sh->out.error;
		output_reset_error(&sh->out);
		error_print(sh, "%s: write error: %s", name, strerror(err));
		if (status == 0)
			status = 1;
	}
	return status;
}

/* True for `exec` with no command, possibly after `command`. */
static bool simple_is_bare_exec(const struct simple_cmd *cmd)
{
	size_t i = 0;
	while (i < cmd->argv.len && strcmp(cmd->argv.items[i], "command") == 0)
		i++;
	return i + 1 == cmd->argv.len && strcmp(cmd->argv.items[i], "exec") == 0;
}

static int simple_builtin(struct shell *sh, struct simple_cmd *cmd,
			  const struct builtin *b)
{
#ifdef COSH_CONTAINER
	/* exec container:NAME checks the fd rule before redirecting, as
	 * the command without exec does. */
	char **w = cmd->argv.items + 1;
	if (b->fn == builtin_exec && *w && strcmp(*w, "--") == 0)
		w++;
	if (b->fn == builtin_exec && *w && container_is_prefix(*w) &&
	    container_check_redirs(sh, *w, cmd->redirs))
		return error_consequence(sh, ERROR_SPECIAL_BUILTIN, 2);
#endif
	/* POSIX.1-2024 exec: when a redirection of `exec` fails, those made
	 * before it stay in effect (redir_push keeps them). */
	sh->exec_prefix = cmd->redirs && simple_is_bare_exec(cmd);
	int pushed = cmd->redirs ? redir_push(sh, cmd->redirs, true) : 0;
	sh->exec_prefix = false;
	if (pushed < 0)
		return error_consequence(sh, b->special ? ERROR_REDIR_SPECIAL
					 : ERROR_REDIR_OTHER, 1);
	sh->cmd_assigns = cmd->assigns;
	sh->cmd_nassigns = cmd->nassigns;
	bool nofork = sh->nofork;
	sh->nofork = false;
	int status = b->fn(sh, (int)cmd->argv.len, cmd->argv.items);
	sh->nofork = nofork;
	sh->cmd_assigns = NULL;
	sh->cmd_nassigns = 0;
	status = simple_flush(sh, b->name, status);
	if (cmd->redirs) {
		if (sh->keep_redirs)
			redir_keep(sh);
		else
			redir_pop(sh);
	}
	sh->keep_redirs = false;
	return status;
}

static int simple_function(struct shell *sh, struct simple_cmd *cmd,
			   struct func *f)
{
	if (cmd->redirs && redir_push(sh, cmd->redirs, true) < 0)
		return error_consequence(sh, ERROR_REDIR_FUNCTION, 1);
	bool nofork = sh->nofork;
	sh->nofork = false;
	int status = func_call(sh, f, (int)cmd->argv.len, cmd->argv.items);
	sh->nofork = nofork;
	if (cmd->redirs)
		redir_pop(sh);
	return status;
}

/* Prints the failure of a command that could not be found or run;
 * redirections apply to the message (`foo 2>/dev/null`). */
static int simple_not_found(struct shell *sh, struct simple_cmd *cmd,
			    const struct command_found *cf)
{
	if (cmd->redirs && redir_push(sh, cmd->redirs, true) < 0)
		return error_consequence(sh, ERROR_REDIR_OTHER, 1);
	const char *name = cmd->argv.items[0];
	if (cf->error == 126)
		error_print(sh, "%s: %s", name, strerror(EACCES));
	else
		error_print(sh, "%s: not found", name);
	if (cmd->redirs)
		redir_pop(sh);
	return cf->error;
}

/* In the process that becomes the command: redirect, then run it. */
static _Noreturn void simple_become(struct shell *sh, char **argv,
				    char **assigns, int nassigns,
				    const struct ast_redir *redirs,
				    char *const *redir_words,
				    const struct command_found *cf)
{
	if (redirs && redir_push_expanded(sh, redirs, redir_words, false) < 0)
		_exit(1);
	int status;
#ifdef COSH_CONTAINER
	if (cf->kind == COMMAND_CONTAINER) {
		status = container_run(sh, argv, assigns);
		output_flush(&sh->out);
		_exit(status & 0xff);
	}
#endif
	char **env = vars_environ(sh, assigns, (size_t)nassigns);
	trap_reset_for_exec(sh);
	status = command_execve(sh, cf->path, argv, env);
	_exit(status);
}

int exec_program(struct shell *sh, char **argv, char **assigns,
		 const struct ast_redir *redirs,
		 const struct command_found *cf)
{
	int nassigns = 0;
	while (assigns && assigns[nassigns])
		nassigns++;
#ifdef COSH_CONTAINER
	if (cf->kind == COMMAND_CONTAINER &&
	    container_check_redirs(sh, argv[0], redirs))
		return 2;
#endif
	char **redir_words = NULL;
	if (redirs && !(redir_words = redir_expand_words(sh, redirs)))
		return EXPAND_ERROR_STATUS;
	if (sh->nofork && !trap_any_set(sh))
		simple_become(sh, argv, assigns, nassigns, redirs, redir_words,
			      cf);
	struct job *job = jobs_new(sh, false);
	jobs_set_command(sh, job,
			 jobs_control_on(sh) ? jobs_argv_text(argv) : NULL);
	/* A "Killed" report would go to the command's own stderr (dash). */
	for (const struct ast_redir *r = redirs; r; r = r->next)
		job->quiet = job->quiet || r->fd == 2;
	pid_t pid = jobs_fork(sh, job);
	if (pid == 0)
		simple_become(sh, argv, assigns, nassigns, redirs, redir_words,
			      cf);
	if (pid < 0) {
		jobs_free(job);
		return 2;
	}
	return jobs_foreground(sh, job);
}

static int simple_dispatch(struct shell *sh, struct simple_cmd *cmd)
{
	struct command_found cf;
	command_search(sh, cmd->argv.items[0], true, false, &cf);
	switch (cf.kind) {
	case COMMAND_SPECIAL_BUILTIN:
	case COMMAND_BUILTIN:
		return simple_builtin(sh, cmd, cf.builtin);
	case COMMAND_FUNCTION:
		return simple_function(sh, cmd, cf.func);
	case COMMAND_NOT_FOUND:
		return simple_not_found(sh, cmd, &cf);
	case COMMAND_EXTERNAL:
	case COMMAND_CONTAINER:
		break;
	}
	return exec_program(sh, cmd->argv.items, cmd->assigns, cmd->redirs, &cf);
}

/* export, readonly and local (dash's) are declaration utilities. This
 * runs for every simple command: the first letter decides most. */
static bool simple_is_declaration(const char *w)
{
	switch (w[0]) {
	case 'e':
		return strcmp(w, "export") == 0;
	case 'r':
		return strcmp(w, "readonly") == 0;
	case 'l':
		return strcmp(w, "local") == 0;
	}
	return false;
}

/* The index of export, readonly or local when the command is one (possibly after
 * `command`), else -1. */
static int simple_declaration_index(const struct ast_simple *s)
{
	int i = 0;
	while (i < s->nwords && strcmp(s->words[i]->text, "command") == 0)
		i++;
	if (i < s->nwords && simple_is_declaration(s->words[i]->text))
		return i;
	return -1;
}

/* Expands the words. export and readonly are declaration utilities: an
 * operand that looks like an assignment expands like one, without field
 * splitting or pathname expansion (XCU 2.9.1, POSIX.1-2024). */
static int simple_expand_words(struct shell *sh, const struct ast_simple *s,
			       struct strvec *out)
{
	int decl = simple_declaration_index(s);
	if (decl < 0)
		return expand_words(sh, s->words, s->nwords, out);
	for (int i = 0; i < s->nwords; i++) {
		const char *w = s->words[i]->text;
		size_t n = vars_name_len(w);
		if (i <= decl || n == 0 || w[n] != '=') {
			if (expand_words(sh, &s->words[i], 1, out) < 0)
				return -1;
			continue;
		}
		char *value = expand_assignment_value(sh,
			word_assignment_value(&sh->scratch, s->words[i], n));
		if (!value)
			return -1;
		size_t vl = strlen(value);
		char *a = arena_alloc(&sh->scratch, n + 1 + vl + 1);
		memcpy(a, w, n + 1);
		memcpy(a + n + 1, value, vl + 1);
		strvec_push(out, a);
	}
	return 0;
}

/* Expansions and assignments in XCU 2.9.1 order; returns 0, or the
 * status of the error (its consequence already decided). */
static int simple_prepare(struct shell *sh, const struct ast_node *node,
			  struct simple_cmd *cmd)
{
	const struct ast_simple *s = &node->u.simple;
	if (simple_expand_words(sh, s, &cmd->argv) < 0)
		return error_consequence(sh, ERROR_EXPANSION, EXPAND_ERROR_STATUS);
	/* Special builtins keep their assignments; the search for other
	 * commands uses the assignments (PATH=... cmd), so it comes after. */
	const struct builtin *b = cmd->argv.len ?
		builtins_find(cmd->argv.items[0]) : NULL;
	bool permanent = cmd->argv.len == 0 || (b && b->special);
	int r = simple_assign(sh, node, cmd, permanent);
	if (r == -1)
		return error_consequence(sh, ERROR_EXPANSION, EXPAND_ERROR_STATUS);
	if (r == -2)
		return error_consequence(sh, ERROR_ASSIGNMENT, 1);
	return 0;
}

int exec_simple(struct shell *sh, const struct ast_node *node)
{
	sh->lineno = node->lineno;
	struct arena_mark mark = arena_mark(&sh->scratch);
	struct simple_cmd cmd = { .redirs = node->redirs };
	sh->cmdsub_status = 0;
	int status = simple_prepare(sh, node, &cmd);
	if (status == 0 && sh->flow == FLOW_NONE) {
		if (sh->opts.xtrace)
			simple_trace(sh, &cmd);
		if (cmd.argv.len == 0)
			status = simple_no_command(sh, &cmd);
		else
			status = simple_dispatch(sh, &cmd);
	}
	simple_restore_vars(sh, &cmd);
	strvec_release(&cmd.argv);
	arena_release(&sh->scratch, mark);
	if (sh->flow == FLOW_EXIT)
		return sh->exit_status;
	sh->exit_status = status;
	if (status != 0 && sh->opts.errexit && sh->errexit_off == 0 &&
	    sh->flow == FLOW_NONE) {
		sh->flow = FLOW_EXIT;
	}
	return status;
}
