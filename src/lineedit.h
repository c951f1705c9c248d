/* Reading a line at the terminal: libedit when configured, else a plain
 * reader. Prompts come from PS1 and PS2. */
#ifndef COSH_LINEEDIT_H
#define COSH_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

/* Shows PS1 (or PS2 when continuation) and returns one line including its
 * newline, malloc'd, with its length; NULL at end of input. */
char *lineedit_read(struct shell *sh, bool continuation, size_t *len);
/* Releases the line editor (at exit). */
void lineedit_end(struct shell *sh);

#endif
