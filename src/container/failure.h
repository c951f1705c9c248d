/* Reading the engine's failure texts. When an attached exec cannot start
 * (command not found, not executable, bad user, bad workdir) the engine
 * still answers 101 and writes the runtime's message into the output
 * stream, with an exit code that depends on the engine version (126 for
 * everything on docker < 28). These functions recognise such a text and
 * turn it into cosh's statuses (DESIGN.md §2: 127 not found, 126 cannot
 * execute). Pure functions over strings. */
#ifndef COSH_CONTAINER_FAILURE_H
#define COSH_CONTAINER_FAILURE_H

#include <stddef.h>

enum failure_match {
	FAILURE_NO,     /* not a start-failure text */
	FAILURE_MAYBE,  /* too short to tell yet */
	FAILURE_YES,    /* starts like one */
};

/* Whether the first n bytes of a session's output start like an engine
 * start-failure message. */
enum failure_match failure_match_start(const char *s, size_t n);

/* The status for a start failure with message msg, which the engine
 * reported as engine_code: 126 for a bad working directory, a bad user,
 * permission denied or a directory; 127 for not found; engine_code
 * otherwise. */
int failure_status(const char *msg, int engine_code);

/* Makes s printable on one line, in place: the first line only, control
 * characters dropped, trailing blanks removed. Returns s. */
char *failure_sanitize(char *s);

#endif
