/* Input sources the lexer reads from: a file descriptor (script file,
 * standard input, a `.` file), a string (-c, eval, traps), or the terminal
 * through line editing. */
#ifndef COSH_INPUT_H
#define COSH_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

struct shell;

enum input_kind {
	INPUT_STRING,
	INPUT_FD,
	INPUT_INTERACTIVE,
};

struct input {
	struct input *prev;     /* the input this one interrupted */
	enum input_kind kind;
	const char *name;       /* for diagnostics: script name or NULL */
	int fd;                 /* INPUT_FD, INPUT_INTERACTIVE */
	bool fd_owned;          /* registered in fdtab, closed at the end */
	bool byte_at_a_time;    /* unseekable stdin: never read ahead */
	char *buf;              /* owned for fd inputs */
	size_t len;
	size_t pos;
	size_t cap;
	int lineno;             /* line of the next character */
	bool eof;
	bool continuation;      /* interactive: next prompt is PS2 */
	bool interrupted;       /* interactive: Ctrl-C ended the last read */
	bool eof_continued;     /* interactive: the end came at a PS2 prompt */
	struct strbuf echo;     /* set -v: the line read so far */
	struct strbuf command;  /* interactive: the lines read for the command
				   being parsed, for the history */
	bool verbose_echo;      /* set -v applies: the shell's own input, not
				   eval, traps or command substitutions */
};

/* Sets up in to read from a string (not copied: it must outlive in). */
void input_init_string(struct input *in, const char *text, const char *name);
/* Reads from fd. With owned, fd is the shell's (registered in fdtab and
 * closed by input_close). */
void input_init_fd(struct shell *sh, struct input *in, int fd,
		   const char *name, bool owned);
void input_init_interactive(struct input *in, int fd);
/* Returns the next byte or -1 at end of input. */
int input_getc(struct shell *sh, struct input *in);
/* When the input of an interactive shell has ended (eof): true, with
 * the end cleared, when the shell reads on because Ctrl-C ended the read
 * or the end came at a PS2 prompt (Ctrl-D in a quote or a here-document
 * ends that command, not the shell, as in dash and yash). */
bool input_resume(struct input *in);
/* After a command was parsed from the terminal: once every line read
 * for it is used, those lines become one history entry (a command typed
 * on PS2 lines is one entry; several commands on a line are one), unless
 * Ctrl-C dropped them. Counts down the stopped-jobs warning of exit. */
void input_end_command(struct shell *sh, struct input *in);
/* Gives back the last byte read (at most one in a row). */
void input_ungetc(struct input *in);
/* Before running a command read from standard input: gives unread bytes
 * back to a seekable fd so the command can read them (as bash does). */
void input_sync(struct shell *sh, struct input *in);
void input_close(struct shell *sh, struct input *in);

#endif
