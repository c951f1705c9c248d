#include "lineedit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "expand.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"

#ifdef COSH_LIBEDIT
#include <editline/readline.h>
#endif

static const char *lineedit_prompt(struct shell *sh, bool continuation)
{
	const char *ps = vars_get(sh, continuation ? "PS2" : "PS1");
	return ps ? expand_prompt(sh, ps) : "";
}

/* Without a terminal line editor: the prompt on fd 2 and a line read a
 * byte at a time, so nothing after the newline is consumed. */
static char *lineedit_plain(struct shell *sh, const char *prompt, size_t *len)
{
	output_flush(&sh->out);
	output_write_all(2, prompt, strlen(prompt));
	struct strbuf sb = { 0 };
	for (;;) {
		char c;
		ssize_t n = read(0, &c, 1);
		if (n < 0 && errno == EINTR) {
			if (sb.len == 0)
				continue;
			continue;
		}
		if (n <= 0)
			break;
		strbuf_addc(&sb, c);
		if (c == '\n')
			break;
	}
	if (sb.len == 0) {
		strbuf_release(&sb);
		return NULL;
	}
	*len = sb.len;
	return strbuf_detach(&sb);
}

char *lineedit_read(struct shell *sh, bool continuation, size_t *len)
{
	struct arena_mark mark = arena_mark(&sh->scratch);
	char *prompt = xstrdup(lineedit_prompt(sh, continuation));
	arena_release(&sh->scratch, mark);
	char *line;
#ifdef COSH_LIBEDIT
	if (isatty(0)) {
		output_flush(&sh->out);
		char *got = readline(prompt);
		line = NULL;
		if (got) {
			if (*got)
				add_history(got);
			size_t n = strlen(got);
			line = xmalloc(n + 2);
			memcpy(line, got, n);
			line[n] = '\n';
			line[n + 1] = '\0';
			*len = n + 1;
			free(got);
		}
	} else {
		line = lineedit_plain(sh, prompt, len);
	}
#else
	line = lineedit_plain(sh, prompt, len);
#endif
	free(prompt);
	return line;
}

void lineedit_end(struct shell *sh)
{
	(void)sh;
}
