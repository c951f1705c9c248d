/* Test helper: captures what the code under test writes to fd 2. */
#ifndef COSH_TEST_CAPTURE_H
#define COSH_TEST_CAPTURE_H

#include <stddef.h>
#include <stdio.h>

struct capture {
	FILE *tmp;
	int saved;
};

/* Sends fd 2 to a temporary file until capture_end copies what was
 * written into err (size n, NUL-terminated). Fails the test on error. */
void capture_start(struct capture *c);
void capture_end(struct capture *c, char *err, size_t n);

#endif
