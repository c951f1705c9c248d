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
#include <dlfcn.h>

/* libedit is loaded with dlopen the first time an interactive shell reads
 * a line: linking it (with libtinfo and libbsd) into every script run
 * would more than double the start-up cost of cosh. */
struct lineedit {
	void *handle;
	char *(*readline)(const char *prompt);
	int (*add_history)(const char *line);
};

static struct lineedit *lineedit_load(struct shell *sh)
{
	static const char *const names[] = {
		"libedit.so.2", "libedit.so.0", "libedit.so",
	};
	if (sh->lineedit)
		return sh->lineedit->handle ? sh->lineedit : NULL;
	sh->lineedit = xcalloc(1, sizeof *sh->lineedit);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		void *h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
		if (!h)
			continue;
		*(void **)&sh->lineedit->readline = dlsym(h, "readline");
		*(void **)&sh->lineedit->add_history = dlsym(h, "add_history");
		if (sh->lineedit->readline && sh->lineedit->add_history) {
			sh->lineedit->handle = h;
			return sh->lineedit;
		}
		dlclose(h);
	}
	return NULL;
}
#endif

static const char *lineedit_prompt(struct shell *sh, bool continuation)
{
	const char *ps = vars_get(sh, continuation ? "PS2" : "PS1");
	return ps ? expand_prompt(sh, ps) : "";
}

/* Without a line editor: the prompt on fd 2 and a line read a byte at a
 * time, so nothing after the newline is consumed. */
static char *lineedit_plain(struct shell *sh, const char *prompt, size_t *len)
{
	output_flush(&sh->out);
	output_write_all(2, prompt, strlen(prompt));
	struct strbuf sb = { 0 };
	for (;;) {
		char c;
		ssize_t n = read(0, &c, 1);
		if (n < 0 && errno == EINTR)
			continue;
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

#ifdef COSH_LIBEDIT
static char *lineedit_edit(struct shell *sh, struct lineedit *le,
			   const char *prompt, size_t *len)
{
	output_flush(&sh->out);
	char *got = le->readline(prompt);
	if (!got)
		return NULL;
	if (*got)
		le->add_history(got);
	size_t n = strlen(got);
	char *line = xmalloc(n + 2);
	memcpy(line, got, n);
	line[n] = '\n';
	line[n + 1] = '\0';
	*len = n + 1;
	free(got);
	return line;
}
#endif

char *lineedit_read(struct shell *sh, bool continuation, size_t *len)
{
	struct arena_mark mark = arena_mark(&sh->scratch);
	char *prompt = xstrdup(lineedit_prompt(sh, continuation));
	arena_release(&sh->scratch, mark);
	char *line = NULL;
#ifdef COSH_LIBEDIT
	struct lineedit *le = isatty(0) ? lineedit_load(sh) : NULL;
	if (le)
		line = lineedit_edit(sh, le, prompt, len);
	else
		line = lineedit_plain(sh, prompt, len);
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
