#include "error.h"

#include <stdarg.h>
#include <stdbool.h>

#include "output.h"
#include "shell.h"
#include "strbuf.h"

/* DESIGN.md 1, STYLE.md 4: "SOURCE: line N: " where SOURCE is the script
 * (or the dot file) being read, else $0 (`sh -c`, standard input), as
 * bash prints it; an interactive shell gives "$0: " without a line (the
 * login '-' dropped). "cosh: " is for the shell's own start-up errors,
 * before any input is read (line 0), and for messages without a position. */
static void error_add_prefix(struct shell *sh, struct strbuf *sb,
			     bool position)
{
	if (!position || (!sh->input && sh->lineno == 0)) {
		strbuf_adds(sb, "cosh: ");
		return;
	}
	const char *name = sh->arg0 && sh->arg0[0] ? sh->arg0 : "cosh";
	if (sh->opts.interactive && sh->dot_depth == 0) {
		strbuf_addf(sb, "%s: ", name[0] == '-' && name[1] ? name + 1
			    : name);
		return;
	}
	if (sh->source_name)
		name = sh->source_name;
	strbuf_addf(sb, "%s: line %d: ", name, sh->lineno);
}

static void error_vprint(struct shell *sh, bool position, const char *fmt,
			 va_list ap)
{
	struct strbuf sb = { 0 };
	error_add_prefix(sh, &sb, position);
	strbuf_vaddf(&sb, fmt, ap);
	strbuf_addc(&sb, '\n');
	/* Pending builtin output goes first so the two stay in order. */
	output_flush(&sh->out);
	output_write_all(2, sb.data, sb.len);
	strbuf_release(&sb);
}

void error_print(struct shell *sh, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vprint(sh, true, fmt, ap);
	va_end(ap);
}

void error_print_bare(struct shell *sh, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vprint(sh, false, fmt, ap);
	va_end(ap);
}

/* XCU 2.8.1, "Consequences of Shell Errors". */
static int error_exits(struct shell *sh, enum error_kind kind)
{
	switch (kind) {
	case ERROR_SYNTAX:
	case ERROR_EXPANSION:
		return 1;
	case ERROR_ASSIGNMENT:
		/* Not under `command` (`command eval ro=1`), as dash. */
		return sh->command_prefix == 0;
	case ERROR_SPECIAL_BUILTIN:
	case ERROR_REDIR_SPECIAL:
		/* `command` suppresses the special properties (XCU 2.15). */
		return sh->command_prefix == 0;
	case ERROR_OTHER_UTILITY:
	case ERROR_REDIR_COMPOUND:
	case ERROR_REDIR_FUNCTION:
	case ERROR_REDIR_OTHER:
	case ERROR_NOT_FOUND:
		return 0;
	}
	return 0;
}

int error_consequence(struct shell *sh, enum error_kind kind, int status)
{
	if (sh->flow == FLOW_EXIT)
		return sh->exit_status;  /* an earlier error already decided */
	if (!sh->opts.interactive && error_exits(sh, kind)) {
		sh->flow = FLOW_EXIT;
		sh->exit_status = status;
	}
	return status;
}

void error_print_plain(struct shell *sh, const char *fmt, ...)
{
	struct strbuf sb = { 0 };
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	strbuf_addc(&sb, '\n');
	output_flush(&sh->out);
	output_write_all(2, sb.data, sb.len);
	strbuf_release(&sb);
}
