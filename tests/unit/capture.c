#include "capture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <unistd.h>

void capture_start(struct capture *c)
{
	fflush(stderr);
	c->tmp = tmpfile();
	assert_non_null(c->tmp);
	c->saved = dup(2);
	assert_true(c->saved >= 0);
	assert_true(dup2(fileno(c->tmp), 2) == 2);
}

void capture_end(struct capture *c, char *err, size_t n)
{
	assert_true(dup2(c->saved, 2) == 2);
	close(c->saved);
	assert_true(lseek(fileno(c->tmp), 0, SEEK_SET) == 0);
	ssize_t got = read(fileno(c->tmp), err, n - 1);
	err[got > 0 ? got : 0] = '\0';
	fclose(c->tmp);
}
