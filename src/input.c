#include "input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fdtab.h"
#include "history.h"
#include "lineedit.h"
#include "output.h"
#include "shell.h"
#include "trap.h"

#define INPUT_BLOCK 8192

void input_init_string(struct input *in, const char *text, const char *name)
{
	memset(in, 0, sizeof *in);
	in->kind = INPUT_STRING;
	in->name = name;
	in->buf = (char *)text;
	in->len = strlen(text);
	in->fd = -1;
	in->lineno = 1;
}

void input_init_fd(struct shell *sh, struct input *in, int fd,
		   const char *name, bool owned)
{
	memset(in, 0, sizeof *in);
	in->kind = INPUT_FD;
	in->name = name;
	in->fd = fd;
	in->lineno = 1;
	in->fd_owned = owned;
	if (owned)
		fdtab_take(sh, &in->fd);
	/* A script on an unseekable standard input shares that input with
	 * the commands it runs: reading ahead would steal their data. */
	in->byte_at_a_time = !owned && lseek(fd, 0, SEEK_CUR) < 0;
}

void input_init_interactive(struct input *in, int fd)
{
	memset(in, 0, sizeof *in);
	in->kind = INPUT_INTERACTIVE;
	in->fd = fd;
	in->lineno = 1;
}

static bool input_fill_fd(struct input *in)
{
	if (!in->cap) {
		in->cap = INPUT_BLOCK;
		in->buf = xmalloc(in->cap);
	}
	size_t want = in->byte_at_a_time ? 1 : in->cap;
	for (;;) {
		ssize_t n = read(in->fd, in->buf, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		in->len = (size_t)n;
		in->pos = 0;
		return true;
	}
}

static bool input_fill(struct shell *sh, struct input *in)
{
	if (in->eof)
		return false;
	bool ok = false;
	if (in->kind == INPUT_FD) {
		ok = input_fill_fd(in);
	} else if (in->kind == INPUT_INTERACTIVE) {
		bool continued = in->continuation;
		free(in->buf);
		in->buf = lineedit_read(sh, continued, &in->len);
		in->pos = 0;
		ok = in->buf != NULL;
		if (ok)
			strbuf_add(&in->command, in->buf, in->len);
		if (!ok) {
			in->len = 0;
			in->interrupted = trap_pending[SIGINT] != 0;
			in->eof_continued = continued;
		}
		in->continuation = true;
	}
	if (!ok)
		in->eof = true;
	return ok;
}

/* set -v (XCU 2.14): input lines are written to stderr as they are read. */
static void input_echo(struct input *in, char c)
{
	strbuf_addc(&in->echo, c);
	if (c == '\n') {
		output_write_all(2, in->echo.data, in->echo.len);
		strbuf_reset(&in->echo);
	}
}

int input_getc(struct shell *sh, struct input *in)
{
	if (in->pos >= in->len && !input_fill(sh, in)) {
		if (in->echo.len) {
			output_write_all(2, in->echo.data, in->echo.len);
			strbuf_reset(&in->echo);
		}
		return -1;
	}
	unsigned char c = (unsigned char)in->buf[in->pos++];
	if (c == '\n')
		in->lineno++;
	if (sh->opts.verbose && in->verbose_echo)
		input_echo(in, (char)c);
	return c;
}

void input_end_command(struct shell *sh, struct input *in)
{
	if (in->kind == INPUT_INTERACTIVE && sh->jobs.exit_warning)
		sh->jobs.exit_warning--;
	if (in->kind != INPUT_INTERACTIVE || (in->pos < in->len && !in->eof))
		return;
	if (!in->interrupted && in->command.len)
		history_add(sh, strbuf_str(&in->command));
	strbuf_reset(&in->command);
}

bool input_resume(struct input *in)
{
	if (in->kind != INPUT_INTERACTIVE || !in->eof ||
	    !(in->interrupted || in->eof_continued))
		return false;
	in->eof = in->interrupted = in->eof_continued = false;
	return true;
}

void input_ungetc(struct input *in)
{
	if (in->pos > 0) {
		in->pos--;
		if (in->buf[in->pos] == '\n')
			in->lineno--;
	}
}

void input_sync(struct shell *sh, struct input *in)
{
	(void)sh;
	if (in->kind != INPUT_FD || in->pos >= in->len)
		return;
	off_t back = (off_t)(in->len - in->pos);
	if (lseek(in->fd, -back, SEEK_CUR) >= 0)
		in->len = in->pos = 0;
}

void input_close(struct shell *sh, struct input *in)
{
	strbuf_release(&in->echo);
	strbuf_release(&in->command);
	if (in->kind != INPUT_STRING)
		free(in->buf);
	in->buf = NULL;
	if (in->fd_owned)
		fdtab_close(sh, &in->fd);
}
