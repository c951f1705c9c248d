/* Unit tests for arithmetic expansion (src/arith.c, XCU 2.6.4). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arith.h"
#include "shell.h"
#include "vars.h"

/* A fixed environment so that the tests do not depend on the caller's. */
static char *test_env[] = {"ENVNUM=42", "ENVHEX=0x1f", NULL};

/* One shell for the whole group (there is no shell_free; a static object
 * keeps its memory reachable). Tests use distinct variable names where
 * the state matters. */
static struct shell test_shell;

static int group_setup(void **state)
{
	shell_init(&test_shell, test_env, "cosh");
	*state = &test_shell;
	return 0;
}

/* Evaluates expr with fd 2 sent to a temporary file whose contents go to
 * err (size n). Returns what arith_eval returned. */
static int eval_capture(struct shell *sh, const char *expr, long *v,
			char *err, size_t n)
{
	FILE *tmp = tmpfile();
	int saved = dup(2), rc;
	ssize_t got;

	assert_non_null(tmp);
	assert_true(saved >= 0);
	assert_true(dup2(fileno(tmp), 2) == 2);
	rc = arith_eval(sh, expr, v);
	assert_true(dup2(saved, 2) == 2);
	close(saved);
	assert_true(lseek(fileno(tmp), 0, SEEK_SET) == 0);
	got = read(fileno(tmp), err, n - 1);
	err[got > 0 ? got : 0] = '\0';
	fclose(tmp);
	return rc;
}

static void check_value(struct shell *sh, const char *expr, long want,
			int line)
{
	char err[512];
	long v = 0x5a5a;

	if (eval_capture(sh, expr, &v, err, sizeof err) != 0)
		fail_msg("line %d: '%s' failed: %s", line, expr, err);
	if (v != want)
		fail_msg("line %d: '%s' gave %ld, want %ld", line, expr, v,
			 want);
	if (err[0] != '\0')
		fail_msg("line %d: '%s' printed: %s", line, expr, err);
}

/* The evaluation fails, prints one diagnostic containing msg, and leaves
 * *result alone. */
static void check_error(struct shell *sh, const char *expr, const char *msg,
			int line)
{
	char err[512];
	long v = 0x5a5a;

	if (eval_capture(sh, expr, &v, err, sizeof err) != -1)
		fail_msg("line %d: '%s' did not fail (gave %ld)", line, expr,
			 v);
	if (v != 0x5a5a)
		fail_msg("line %d: '%s' changed the result", line, expr);
	if (strstr(err, msg) == NULL)
		fail_msg("line %d: '%s' printed '%s', want '%s'", line, expr,
			 err, msg);
	if (strncmp(err, "cosh: ", 6) != 0)
		fail_msg("line %d: '%s' message '%s' lacks the prefix", line,
			 expr, err);
}

#define VAL(expr, want) check_value(sh, expr, want, __LINE__)
#define ERR(expr, msg) check_error(sh, expr, msg, __LINE__)

static void set(struct shell *sh, const char *name, const char *value)
{
	assert_int_equal(vars_set(sh, name, value, 0), 0);
}

static void assert_var(struct shell *sh, const char *name, const char *want)
{
	const char *got = vars_get(sh, name);
	if (want == NULL && got == NULL)
		return;
	if (want == NULL || got == NULL || strcmp(got, want) != 0)
		fail_msg("%s is '%s', want '%s'", name, got ? got : "(unset)",
			 want ? want : "(unset)");
}

static void test_constants(void **state)
{
	struct shell *sh = *state;

	VAL("0", 0);
	VAL("42", 42);
	VAL("  7  ", 7);
	VAL("\t\n7\n", 7);
	VAL("010", 8);
	VAL("0777", 511);
	VAL("00", 0);
	VAL("0x1f", 31);
	VAL("0X1F", 31);
	VAL("0xABCdef", 0xabcdef);
	VAL("9223372036854775807", LONG_MAX);
	VAL("0x7fffffffffffffff", LONG_MAX);
	VAL("-9223372036854775807 - 1", LONG_MIN);
}

static void test_unary(void **state)
{
	struct shell *sh = *state;

	VAL("-5", -5);
	VAL("+5", 5);
	VAL("- -5", 5);
	VAL("--5", 5);       /* -(-5): dash and bash agree */
	VAL("-+-5", 5);
	VAL("~0", -1);
	VAL("~5", -6);
	VAL("!0", 1);
	VAL("!7", 0);
	VAL("!!7", 1);
	VAL("-~0", 1);
	VAL("~-1", 0);
	VAL("!-1", 0);
}

static void test_binary(void **state)
{
	struct shell *sh = *state;

	VAL("6 * 7", 42);
	VAL("7 / 2", 3);
	VAL("-7 / 2", -3);
	VAL("7 / -2", -3);
	VAL("7 % 3", 1);
	VAL("-7 % 2", -1);
	VAL("7 % -3", 1);
	VAL("2 + 3", 5);
	VAL("2 - 3", -1);
	VAL("1 << 4", 16);
	VAL("256 >> 4", 16);
	VAL("-7 >> 1", -4);
	VAL("1 < 2", 1);
	VAL("2 < 1", 0);
	VAL("2 <= 2", 1);
	VAL("3 <= 2", 0);
	VAL("3 > 2", 1);
	VAL("2 > 2", 0);
	VAL("2 >= 2", 1);
	VAL("1 >= 2", 0);
	VAL("3 == 3", 1);
	VAL("3 == 4", 0);
	VAL("3 != 4", 1);
	VAL("3 != 3", 0);
	VAL("12 & 10", 8);
	VAL("12 ^ 10", 6);
	VAL("12 | 10", 14);
	VAL("2 && 3", 1);
	VAL("2 && 0", 0);
	VAL("0 && 3", 0);
	VAL("0 || 0", 0);
	VAL("0 || 5", 1);
	VAL("5 || 0", 1);
	VAL("1 ? 10 : 20", 10);
	VAL("0 ? 10 : 20", 20);
	VAL("1++2", 3);      /* 1 + +2 */
	VAL("1--2", 3);      /* 1 - -2 */
	VAL("1---1", 0);
}

static void test_precedence(void **state)
{
	struct shell *sh = *state;

	VAL("2 + 3 * 4", 14);
	VAL("(2 + 3) * 4", 20);
	VAL("10 - 4 - 3", 3);        /* left-associative */
	VAL("100 / 10 / 5", 2);
	VAL("2 * 3 % 4", 2);
	VAL("1 + 2 << 3", 24);       /* + binds tighter than << */
	VAL("1 << 2 < 4", 0);        /* << tighter than < */
	VAL("1 < 2 == 1", 1);        /* < tighter than == */
	VAL("3 > 2 > 1", 0);
	VAL("6 & 3 == 3", 0);        /* == tighter than & */
	VAL("5 & 3 | 8 ^ 1", 9);     /* & then ^ then | */
	VAL("1 | 2 ^ 3 & 1", 3);
	VAL("1 || 0 && 0", 1);       /* && tighter than || */
	VAL("0 && 1 || 1", 1);
	VAL("1 ? 2 : 3 ? 4 : 5", 2); /* ?: is right-associative */
	VAL("0 ? 2 : 3 ? 4 : 5", 4);
	VAL("0 ? 2 : 0 ? 4 : 5", 5);
	VAL("1 ? 0 ? 6 : 7 : 8", 7);
	VAL("-2 * -3", 6);
	VAL("-(2 + 3)", -5);
	VAL("!1 + 1", 1);            /* unary tighter than binary */
	VAL("~1 & 3", 2);
	VAL("((((((1))))))", 1);
	VAL("1 + 2 * 3 - 4 / 2 % 3 << 1 | 1", 11);
}

static void test_variables(void **state)
{
	struct shell *sh = *state;

	set(sh, "x", "5");
	VAL("x", 5);
	VAL("x * 2 + x", 15);
	VAL("-x", -5);
	VAL("ENVNUM", 42);
	VAL("ENVHEX", 31);
	VAL("unset_variable_xyz", 0);
	set(sh, "e", "");
	VAL("e", 0);
	set(sh, "b", "   ");
	VAL("b", 0);
	set(sh, "o", "010");
	VAL("o", 8);
	set(sh, "h", " 0x10");
	VAL("h", 16);
	set(sh, "n", "-3");
	VAL("n", -3);
	VAL("-n", 3);
	set(sh, "p", " +7 ");
	VAL("p", 7);
	set(sh, "m", "-0x10");
	VAL("m", -16);
	set(sh, "lm", "-9223372036854775808");
	VAL("lm", LONG_MIN);
	set(sh, "_under_9", "9");
	VAL("_under_9", 9);
}

static void test_assignment(void **state)
{
	struct shell *sh = *state;

	VAL("a = 3", 3);
	assert_var(sh, "a", "3");
	VAL("a += 4", 7);
	assert_var(sh, "a", "7");
	VAL("a -= 10", -3);
	assert_var(sh, "a", "-3");
	VAL("a *= -5", 15);
	assert_var(sh, "a", "15");
	VAL("a /= 4", 3);
	assert_var(sh, "a", "3");
	VAL("a %= 2", 1);
	assert_var(sh, "a", "1");
	VAL("a <<= 5", 32);
	assert_var(sh, "a", "32");
	VAL("a >>= 2", 8);
	assert_var(sh, "a", "8");
	VAL("a |= 3", 11);
	assert_var(sh, "a", "11");
	VAL("a &= 6", 2);
	assert_var(sh, "a", "2");
	VAL("a ^= 7", 5);
	assert_var(sh, "a", "5");
	VAL("b = c = 9", 9);         /* right-associative */
	assert_var(sh, "b", "9");
	assert_var(sh, "c", "9");
	VAL("b += c *= 2", 27);
	assert_var(sh, "c", "18");
	assert_var(sh, "b", "27");
	VAL("(d = 4) + d", 8);
	VAL("1 ? e = 6 : 0", 6);     /* middle operand may assign */
	assert_var(sh, "e", "6");
	VAL("f = 0x10", 16);
	assert_var(sh, "f", "16");   /* stored in decimal */
	VAL("g = -9223372036854775807 - 1", LONG_MIN);
	assert_var(sh, "g", "-9223372036854775808");
	VAL("g", LONG_MIN);
	VAL("h=1", 1);
	VAL("h==1", 1);
}

static void test_short_circuit(void **state)
{
	struct shell *sh = *state;

	set(sh, "bad", "abc");
	VAL("0 && (s1 = 1)", 0);
	assert_var(sh, "s1", NULL);
	VAL("1 || (s2 = 1)", 1);
	assert_var(sh, "s2", NULL);
	VAL("1 && (s3 = 1)", 1);
	assert_var(sh, "s3", "1");
	VAL("0 || (s4 = 1)", 1);
	assert_var(sh, "s4", "1");
	VAL("0 ? (s5 = 1) : (s6 = 2)", 2);
	assert_var(sh, "s5", NULL);
	assert_var(sh, "s6", "2");
	VAL("1 ? (s7 = 1) : (s8 = 2)", 1);
	assert_var(sh, "s7", "1");
	assert_var(sh, "s8", NULL);
	/* No division error, no variable read in what is not evaluated. */
	VAL("0 && 1 / 0", 0);
	VAL("1 || 1 % 0", 1);
	VAL("0 ? 1 / 0 : 3", 3);
	VAL("1 ? 3 : 1 / 0", 3);
	VAL("0 && bad", 0);
	VAL("0 && (s9 += 1 / 0)", 0);
	assert_var(sh, "s9", NULL);
	VAL("0 && (0 || (s10 = 1))", 0);
	assert_var(sh, "s10", NULL);
	VAL("1 || 0 ? 4 : 5", 4);
}

static void test_overflow(void **state)
{
	struct shell *sh = *state;

	/* Defined results where C would trap or be undefined. */
	VAL("(-9223372036854775807 - 1) / -1", LONG_MIN);
	VAL("(-9223372036854775807 - 1) % -1", 0);
	VAL("9223372036854775807 + 1", LONG_MIN);
	VAL("-(-9223372036854775807 - 1)", LONG_MIN);
	VAL("9223372036854775807 * 2", -2);
	VAL("1 << 63", LONG_MIN);
	VAL("1 << 64", 1);           /* count modulo 64, as every shell */
	VAL("1 << -1", LONG_MIN);
	VAL("-1 >> 70", -1);
}

static void test_errors(void **state)
{
	struct shell *sh = *state;

	ERR("1 +", "arithmetic syntax error: '1 +'");
	ERR("", "arithmetic syntax error");
	ERR("   ", "arithmetic syntax error");
	ERR("(1", "missing ')'");
	ERR("1)", "arithmetic syntax error");
	ERR("1 2", "arithmetic syntax error");
	ERR("1 ? 2", "missing ':'");
	ERR("1 ?: 2", "arithmetic syntax error");
	ERR("2 ** 2", "arithmetic syntax error");
	ERR("$x", "unexpected character");
	ERR("'1'", "unexpected character");
	ERR("1 / 0", "division by zero");
	ERR("1 % 0", "division by zero");
	ERR("z /= 0", "division by zero");
	ERR("z %= 0", "division by zero");
	ERR("08", "invalid number '08'");
	ERR("0x", "invalid number '0x'");
	ERR("0x1g", "invalid number '0x1g'");
	ERR("12abc", "invalid number '12abc'");
	ERR("9223372036854775808", "out of range");
	set(sh, "bad", "abc");
	ERR("bad", "invalid number 'abc'");
	ERR("bad + 1", "invalid number 'abc'");
	ERR("bad += 1", "invalid number 'abc'");
	set(sh, "two", "1 2");
	ERR("two", "invalid number '1 2'");
	set(sh, "big", "99999999999999999999");
	ERR("big", "out of range");
	ERR("1 = 2", "assignment to a non-variable");
	ERR("(a) = 2", "assignment to a non-variable");
	ERR("1 || a = 2", "assignment to a non-variable");
	ERR("1 ? 2 : a = 3", "assignment to a non-variable");
	/* ++ and -- next to a name are increments (busybox ash, bash). */
	set(sh, "i", "5");
	VAL("++i", 6);
	VAL("--i", 5);
	VAL("i++", 5);
	assert_var(sh, "i", "6");
	VAL("i--", 6);
	VAL("- -i", 5);
	VAL("1 - --i", -3);
	assert_var(sh, "i", "4");
	VAL("i++ + ++i", 10);
	assert_var(sh, "i", "6");
	VAL("++1", 1);       /* two signs, as bash */
	ERR("i--1", "arithmetic syntax error");
	/* The comma operator gives its last operand. */
	VAL("1, 2", 2);
	VAL("j = 1, j += 2, j * 10", 30);
	VAL("(1, 2) + 1", 3);
	/* No effect, no error, in a branch that is not evaluated. */
	VAL("0 && i++", 0);
	VAL("1 || ++i", 1);
	VAL("1 ? 7 : i--", 7);
	VAL("0 && 1 / 0", 0);
	assert_var(sh, "i", "6");
}

static void test_errors_have_no_effect(void **state)
{
	struct shell *sh = *state;

	/* A syntax error anywhere means no assignment is done. */
	ERR("q = 3, 4 +", "arithmetic syntax error");
	assert_var(sh, "q", NULL);
	ERR("(r = 1) + ", "arithmetic syntax error");
	assert_var(sh, "r", NULL);
	/* A readonly variable: vars_set reports it. */
	assert_int_equal(vars_set(sh, "ro", "1", VAR_READONLY), 0);
	ERR("ro = 2", "read");
	assert_var(sh, "ro", "1");
	VAL("ro + 1", 2);
}

static void test_nesting_limit(void **state)
{
	struct shell *sh = *state;
	size_t depth = 100000, i;
	char *deep = malloc(2 * depth + 2);
	char *chain = malloc(2 * depth + 2);

	assert_non_null(deep);
	assert_non_null(chain);
	for (i = 0; i < depth; i++) {
		deep[i] = '(';
		deep[depth + 1 + i] = ')';
	}
	deep[depth] = '1';
	deep[2 * depth + 1] = '\0';
	ERR(deep, "nested too deeply");
	memset(deep, '(', 200);
	strcpy(deep + 200, "1");
	memset(deep + 201, ')', 200);
	deep[401] = '\0';
	VAL(deep, 1);
	/* A long flat expression is a loop, not a recursion. */
	for (i = 0; i < depth; i++) {
		chain[2 * i] = '+';
		chain[2 * i + 1] = '1';
	}
	chain[2 * depth] = '\0';
	VAL(chain, (long)depth);
	free(deep);
	free(chain);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_constants),
		cmocka_unit_test(test_unary),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_precedence),
		cmocka_unit_test(test_variables),
		cmocka_unit_test(test_assignment),
		cmocka_unit_test(test_short_circuit),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_errors_have_no_effect),
		cmocka_unit_test(test_nesting_limit),
	};
	return cmocka_run_group_tests(tests, group_setup, NULL);
}
