/* Arithmetic expansion $((...)) (XCU 2.6.4): signed long, C operators. */
#ifndef COSH_ARITH_H
#define COSH_ARITH_H

struct shell;

/* Evaluates expr (already expanded for parameters, command substitutions
 * and quote removal). Variables named in it are read and assigned through
 * vars_get and vars_set. Returns 0 with *result set, or -1 after printing
 * "arithmetic ...: MESSAGE" through error_print. */
int arith_eval(struct shell *sh, const char *expr, long *result);

#endif
