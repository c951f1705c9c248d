#include "exec.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "builtins/builtins.h"
#include "command.h"
#include "error.h"
#include "expand.h"
#include "input.h"
#include "parse.h"
#include "pattern.h"
#include "shell.h"
#include "strbuf.h"
#ifdef COSH_CONTAINER
#include "container/container.h"
#endif

static int exec_set_status(struct shell *sh, int status)
{
	sh->exit_status = status;
	return status;
}

/* XCU 2.14 set -e: a failing command ends the shell, except where the
 * status is being tested (errexit_off). */
static void exec_check_errexit(struct shell *sh, int status)
{
	if (status != 0 && sh->opts.errexit && sh->errexit_off == 0 &&
	    sh->flow == FLOW_NONE) {
		sh->flow = FLOW_EXIT;
		sh->exit_status = status;
	}
}

/* Runs node with set -e ignored (conditions, left sides of && ||). */
static int exec_tested(struct shell *sh, const struct ast_node *node)
{
	sh->errexit_off++;
	int status = exec_node(sh, node);
	sh->errexit_off--;
	return status;
}

/* --- Child processes --- */

_Noreturn void exec_in_child(struct shell *sh, const struct ast_node *node)
{
	/* The last command may replace this process (unless a trap is set
	 * by then: checked where the command runs). */
	sh->nofork = true;
	int status = exec_node(sh, node);
	if (sh->flow == FLOW_EXIT)
		status = sh->exit_status;
	shell_exit(sh, status);
}

static int exec_subshell(struct shell *sh, const struct ast_node *node)
{
	/* The last command of a child process with no trap of its own to
	 * run at its end: the subshell needs no process of its own, and a
	 * signal sent to $! of `( ... ) &` reaches the subshell's traps. */
	if (sh->nofork && !trap_any_set(sh)) {
		shell_enter_subshell(sh);
		if (node->redirs && redir_push(sh, node->redirs, false) < 0)
			shell_exit(sh, 1);
		exec_in_child(sh, node->u.body);
	}
	struct job *job = jobs_new(sh, false);
	jobs_set_command(sh, job,
			 jobs_control_on(sh) ? ast_to_text(node) : NULL);
	pid_t pid = jobs_fork(sh, job);
	if (pid == 0) {
		if (node->redirs && redir_push(sh, node->redirs, false) < 0)
			shell_exit(sh, 1);
		exec_in_child(sh, node->u.body);
	}
	if (pid < 0) {
		jobs_free(job);
		return 2;
	}
	return jobs_foreground(sh, job);
}

static int exec_async(struct shell *sh, const struct ast_node *node)
{
	struct job *job = jobs_new(sh, true);
	jobs_set_command(sh, job, ast_to_text(node));
	bool control = job->control;
	pid_t pid = jobs_fork(sh, job);
	if (pid == 0) {
		/* jobs_fork ignored SIGINT and SIGQUIT without job control. */
		if (!control) {
			/* XCU 2.9.3.1: stdin of an async list is /dev/null. */
			int fd = open("/dev/null", O_RDONLY);
			if (fd >= 0 && fd != 0) {
				dup2(fd, 0);
				close(fd);
			}
		}
		exec_in_child(sh, node);
	}
	if (pid < 0) {
		jobs_free(job);
		return 2;
	}
	sh->last_async = pid;
	jobs_add(sh, job);
	if (control && sh->opts.interactive) {
		/* XCU 2.9.3.1: "[%d] %d\n" on stderr under job control. */
		char line[64];
		int n = snprintf(line, sizeof line, "[%d] %ld\n", job->id,
				 (long)pid);
		output_flush(&sh->out);
		output_write_all(2, line, (size_t)n);
	}
	return 0;
}

static void exec_move_fd(int from, int to)
{
	if (from != to) {
		dup2(from, to);
		close(from);
	}
}

static int exec_pipeline(struct shell *sh, const struct ast_node *node)
{
	const struct ast_pipeline *pl = &node->u.pipeline;
	if (pl->bang)
		sh->errexit_off++;
	if (pl->ncmds == 1) {
		/* `! cmd` runs cmd in the current shell (XCU 2.9.2), and
		 * never by exec: the status must still be inverted. */
		bool nofork = sh->nofork;
		sh->nofork = nofork && !pl->bang;
		int status = exec_node(sh, pl->cmds[0]);
		sh->nofork = nofork;
		if (!pl->bang)
			return status;
		sh->errexit_off--;
		return sh->flow == FLOW_NONE ? !status : status;
	}
	struct job *job = jobs_new(sh, false);
	jobs_set_command(sh, job,
			 jobs_control_on(sh) ? ast_to_text(node) : NULL);
	int in = -1;
	for (int i = 0; i < pl->ncmds; i++) {
		int fds[2] = { -1, -1 };
		bool last = i == pl->ncmds - 1;
		if (!last && pipe2(fds, O_CLOEXEC) < 0) {
			error_print(sh, "pipe: %s", strerror(errno));
			break;
		}
		pid_t pid = jobs_fork(sh, job);
		if (pid == 0) {
			if (in >= 0)
				exec_move_fd(in, 0);
			if (!last) {
				close(fds[0]);
				exec_move_fd(fds[1], 1);
			}
			exec_in_child(sh, pl->cmds[i]);
		}
		if (in >= 0)
			close(in);
		if (!last)
			close(fds[1]);
		in = fds[0];
		if (pid < 0)
			break;
	}
	if (in >= 0)
		close(in);
	int status = jobs_foreground(sh, job);
	if (pl->bang) {
		sh->errexit_off--;
		status = !status;
	}
	return status;
}

/* --- Compound commands --- */

static bool exec_loop_should_stop(struct shell *sh)
{
	if (sh->flow == FLOW_BREAK) {
		if (--sh->flow_levels == 0)
			sh->flow = FLOW_NONE;
		return true;
	}
	if (sh->flow == FLOW_CONTINUE) {
		if (--sh->flow_levels == 0) {
			sh->flow = FLOW_NONE;
			return false;
		}
		return true;
	}
	return sh->flow != FLOW_NONE;
}

static int exec_while(struct shell *sh, const struct ast_node *node,
		      bool until)
{
	int status = 0;
	sh->loop_depth++;
	for (;;) {
		int cond = exec_tested(sh, node->u.loop.cond);
		if (sh->flow == FLOW_BREAK || sh->flow == FLOW_CONTINUE) {
			if (exec_loop_should_stop(sh))
				break;
			continue;
		}
		if (sh->flow != FLOW_NONE || (cond == 0) == until)
			break;
		status = exec_node(sh, node->u.loop.body);
		if (exec_loop_should_stop(sh))
			break;
	}
	sh->loop_depth--;
	return status;
}

static int exec_for(struct shell *sh, const struct ast_node *node)
{
	const struct ast_for *f = &node->u.for_;
	struct strvec words = { 0 };
	struct arena_mark mark = arena_mark(&sh->scratch);
	if (f->words) {
		if (expand_words(sh, f->words, f->nwords, &words) < 0) {
			arena_release(&sh->scratch, mark);
			return error_consequence(sh, ERROR_EXPANSION,
						 EXPAND_ERROR_STATUS);
		}
	} else {
		/* Copies: the body may change "$@". */
		for (int i = 0; i < sh->params.argc; i++)
			strvec_push(&words, arena_strdup(&sh->scratch,
							 sh->params.argv[i]));
	}
	/* The fields stay in scratch until the loop ends: the commands of
	 * the body release scratch only back to their own marks. */
	char **list = words.items;
	size_t n = words.len;
	int status = 0;
	sh->loop_depth++;
	for (size_t i = 0; i < n; i++) {
		if (vars_set(sh, f->name, list[i], 0) < 0) {
			status = error_consequence(sh, ERROR_ASSIGNMENT, 1);
			break;
		}
		status = exec_node(sh, f->body);
		if (exec_loop_should_stop(sh))
			break;
	}
	sh->loop_depth--;
	strvec_release(&words);
	arena_release(&sh->scratch, mark);
	return status;
}

static int exec_case(struct shell *sh, const struct ast_node *node)
{
	const struct ast_case *c = &node->u.case_;
	struct arena_mark mark = arena_mark(&sh->scratch);
	char *word = expand_word(sh, c->word);
	if (!word)
		return error_consequence(sh, ERROR_EXPANSION, EXPAND_ERROR_STATUS);
	word = xstrdup(word);
	int status = 0;
	bool matched = false;
	for (int i = 0; i < c->nitems && sh->flow == FLOW_NONE; i++) {
		const struct ast_case_item *item = &c->items[i];
		for (int j = 0; j < item->npatterns && !matched; j++) {
			char *pat = expand_pattern(sh, item->patterns[j]);
			if (!pat) {
				status = error_consequence(sh, ERROR_EXPANSION,
							   EXPAND_ERROR_STATUS);
				goto done;
			}
			matched = pattern_match(pat, word, 0);
		}
		if (!matched)
			continue;
		/* ;& runs the following bodies too (XCU 2.9.4.3). */
		for (; i < c->nitems; i++) {
			if (c->items[i].body)
				status = exec_node(sh, c->items[i].body);
			if (!c->items[i].fallthrough || sh->flow != FLOW_NONE)
				break;
		}
		break;
	}
done:
	free(word);
	arena_release(&sh->scratch, mark);
	return status;
}

static int exec_if(struct shell *sh, const struct ast_node *node)
{
	int cond = exec_tested(sh, node->u.if_.cond);
	if (sh->flow != FLOW_NONE)
		return cond;
	if (cond == 0)
		return exec_node(sh, node->u.if_.then_part);
	if (node->u.if_.else_part)
		return exec_node(sh, node->u.if_.else_part);
	return 0;
}

static int exec_list(struct shell *sh, const struct ast_node *node)
{
	int status = sh->exit_status;
	for (int i = 0; i < node->u.list.nitems; i++) {
		const struct ast_list_item *item = &node->u.list.items[i];
		bool last = i == node->u.list.nitems - 1;
		bool nofork = sh->nofork;
		sh->nofork = nofork && last && !item->async;
		if (item->async)
			status = exec_set_status(sh, exec_async(sh, item->node));
		else
			status = exec_node(sh, item->node);
		sh->nofork = nofork;
		if (trap_any_pending)
			trap_run_pending(sh);
		if (sh->flow != FLOW_NONE) {
			/* A trap action may have returned or exited. */
			status = sh->exit_status;
			break;
		}
	}
	return status;
}

static int exec_and_or(struct shell *sh, const struct ast_node *node)
{
	bool nofork = sh->nofork;
	sh->nofork = false;
	int status = exec_tested(sh, node->u.binary.left);
	sh->nofork = nofork;
	if (sh->flow != FLOW_NONE)
		return status;
	if ((status == 0) == (node->kind == AST_AND))
		status = exec_node(sh, node->u.binary.right);
	return status;
}

/* Redirections of a compound command around its execution. */
static int exec_compound(struct shell *sh, const struct ast_node *node)
{
	size_t depth = redir_depth(sh);
	if (node->redirs && redir_push(sh, node->redirs, true) < 0)
		return error_consequence(sh, ERROR_REDIR_COMPOUND, 1);
	bool nofork = sh->nofork;
	if (node->redirs)
		sh->nofork = false;
	int status;
	switch (node->kind) {
	case AST_BRACE: status = exec_node(sh, node->u.body); break;
	case AST_IF: status = exec_if(sh, node); break;
	case AST_WHILE: status = exec_while(sh, node, false); break;
	case AST_UNTIL: status = exec_while(sh, node, true); break;
	case AST_FOR: status = exec_for(sh, node); break;
	case AST_CASE: status = exec_case(sh, node); break;
	default: status = 2; break;
	}
	sh->nofork = nofork;
	redir_unwind(sh, depth);
	return status;
}

int exec_node(struct shell *sh, const struct ast_node *node)
{
	int status;
	if (sh->traps.interrupted && sh->opts.interactive) {
		/* An untrapped SIGINT abandons the whole command line. */
		sh->flow = FLOW_INTERRUPT;
		return sh->exit_status = 130;
	}
	if (sh->opts.noexec && !sh->opts.interactive)
		return 0;
	switch (node->kind) {
	case AST_SIMPLE:
		status = exec_simple(sh, node);
		break;
	case AST_PIPELINE:
		status = exec_set_status(sh, exec_pipeline(sh, node));
		if (!node->u.pipeline.bang)
			exec_check_errexit(sh, status);
		break;
	case AST_AND:
	case AST_OR:
		status = exec_and_or(sh, node);
		break;
	case AST_LIST:
		return exec_list(sh, node);
	case AST_SUBSHELL:
		status = exec_set_status(sh, exec_subshell(sh, node));
		exec_check_errexit(sh, status);
		break;
	case AST_FUNCDEF:
		func_define(sh, node->u.funcdef.name, node->u.funcdef.body,
			    sh->chunk);
		status = 0;
		break;
	default:
		status = exec_compound(sh, node);
		break;
	}
	/* exit and return carry their own status out of every command
	 * around them. */
	if (sh->flow == FLOW_EXIT || sh->flow == FLOW_RETURN)
		return sh->exit_status;
	exec_set_status(sh, status);
	/* XCU 2.11: a trap runs when the foreground command completes. */
	if (trap_any_pending)
		trap_run_pending(sh);
	return status;
}

/* --- Reading and running input --- */

/* Ctrl-C: at the prompt it drops the command being typed; inside eval or
 * a dot file of an interactive shell it leaves them. */
static void exec_handle_interrupt(struct shell *sh, struct input *in)
{
	bool at_prompt = sh->flow != FLOW_INTERRUPT;
	sh->traps.interrupted = false;
	if (in->kind == INPUT_INTERACTIVE) {
		sh->flow = FLOW_NONE;
		in->pos = in->len;
		if (at_prompt)
			output_write_all(2, "\n", 1);
	} else if (sh->opts.interactive) {
		sh->flow = FLOW_INTERRUPT;
	}
}

/* Parses the next command; false when the input is done (end of input,
 * or a syntax error that ends it). */
static bool exec_read_command(struct shell *sh, struct parser *p,
			      struct ast_chunk *chunk, struct ast_node **node,
			      int *status, bool top_level)
{
	struct input *in = p->lx->in;
	enum parse_status ps = parse_next(p, chunk, node);
	input_end_command(sh, in);
	if (in->kind == INPUT_INTERACTIVE && in->interrupted) {
		/* Ctrl-C ended a read at the terminal: the command being
		 * typed is dropped, whatever the parser made of it (a
		 * here-document cut short), quietly and with status 130, as
		 * in dash and bash. */
		*node = NULL;
		*status = exec_set_status(sh, 128 + SIGINT);
		if (ps == PARSE_ERROR)
			ps = PARSE_OK;
	}
	/* Input that ended inside a command, or by Ctrl-C: the caller
	 * reads on with a new parser (the loop's top handles Ctrl-C). */
	if (ps == PARSE_EOF)
		return false;
	if (ps == PARSE_ERROR) {
		*status = exec_set_status(sh, 2);
		error_consequence(sh, ERROR_SYNTAX, 2);
		/* An interactive shell reads on after a syntax error in its
		 * own input; eval and dot files stop. */
		return sh->opts.interactive && top_level;
	}
	return true;
}

/* The chunk the next command of in is parsed into. Commands of a file
 * share one chunk, so that a file of many function definitions keeps only
 * their bodies (not a block per definition): each command's memory is
 * released after it runs unless it defined a function. Once no function
 * refers to the chunk, it starts empty again. Interactive commands get a
 * chunk each: a function typed again frees the body it replaces. */
static struct ast_chunk *exec_next_chunk(struct ast_chunk *chunk,
					 const struct input *in)
{
	if (chunk && chunk->refs == 1) {
		arena_free(&chunk->arena);
		return chunk;
	}
	if (chunk && in->kind != INPUT_INTERACTIVE)
		return chunk;
	ast_chunk_unref(chunk);
	return ast_chunk_new();
}

static int exec_input(struct shell *sh, struct input *in)
{
	struct parser p;
	parse_init(&p, sh, in);
	struct input *outer_input = sh->input;
	struct ast_chunk *outer_chunk = sh->chunk;
	bool nofork = sh->nofork;
	/* set -v echoes what the shell reads from files and the terminal,
	 * and the -c string; not eval, traps or command substitutions. */
	if (in->kind != INPUT_STRING)
		in->verbose_echo = true;
	sh->input = in;
	int status = 0;
	struct ast_chunk *chunk = NULL;
	for (;;) {
		if (trap_any_pending)
			trap_run_pending(sh);
		if (sh->traps.interrupted || sh->flow == FLOW_INTERRUPT)
			exec_handle_interrupt(sh, in);
		if (sh->flow != FLOW_NONE)
			break;
		chunk = exec_next_chunk(chunk, in);
		struct arena_mark mark = arena_mark(&chunk->arena);
		unsigned long defined = sh->funcs.defined;
		struct ast_node *node = NULL;
		bool more = exec_read_command(sh, &p, chunk, &node, &status,
					      !outer_input);
		if (more && node) {
			/* A definition runs nothing that could read the input:
			 * a file of them is read in blocks, not a block each. */
			if (in->fd == 0 && node->kind != AST_FUNCDEF)
				input_sync(sh, in);
			sh->chunk = chunk;
			/* Only the last command of the input may replace the
			 * process (a command substitution's child). */
			sh->nofork = nofork && parse_at_end(&p);
			status = exec_node(sh, node);
			sh->nofork = false;
		}
		/* A function defined by this command keeps its body in the
		 * chunk; otherwise the command's memory is given back. */
		if (sh->funcs.defined == defined)
			arena_release(&chunk->arena, mark);
		if (!more)
			break;
		if (sh->opts.interactive && in->kind == INPUT_INTERACTIVE)
			jobs_reap(sh);
	}
	ast_chunk_unref(chunk);
	lex_free(p.lx);
	sh->nofork = nofork;
	sh->input = outer_input;
	sh->chunk = outer_chunk;
	return status;
}

int exec_string(struct shell *sh, const char *text, const char *name)
{
	struct input in;
	input_init_string(&in, text, name);
	/* Lines of eval text, trap actions and command substitutions count
	 * from the line of the command that runs them. */
	in.lineno = sh->lineno;
	int saved_line = sh->lineno;
	int status = exec_input(sh, &in);
	if (sh->flow != FLOW_EXIT && sh->flow != FLOW_RETURN)
		sh->lineno = saved_line;
	return status;
}

int exec_command_string(struct shell *sh, const char *text)
{
	struct input in;
	input_init_string(&in, text, NULL);
	in.verbose_echo = true;
	return exec_input(sh, &in);
}

int exec_interactive(struct shell *sh, struct input *in)
{
	return exec_input(sh, in);
}

int exec_file(struct shell *sh, int fd, const char *name)
{
	struct input in;
	input_init_fd(sh, &in, fd, name, fd != 0);
	const char *saved_name = sh->source_name;
	sh->source_name = name;
	int status = exec_input(sh, &in);
	sh->source_name = saved_name;
	input_close(sh, &in);
	return status;
}
