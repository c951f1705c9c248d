/* test and [ (XCU test).
 *
 * With up to four arguments the result follows the XCU test algorithm by
 * argument count exactly (so `test ! -a x` and `test ( = (` mean what
 * POSIX says). With more arguments, or where that algorithm leaves the
 * result unspecified, the arguments are parsed as an expression with the
 * obsolescent XSI operators, as dash and bash do:
 *
 *     oexpr   := aexpr { -o aexpr }
 *     aexpr   := nexpr { -a nexpr }
 *     nexpr   := ! nexpr | primary
 *     primary := ( oexpr ) | unary-op operand | operand binary-op operand
 *              | operand
 *
 * Status 0 true, 1 false, 2 error (with a diagnostic). Beyond POSIX, as in
 * dash: -k (sticky), -O and -G (owned by the effective user or group); as
 * in bash and busybox: `==` for `=`, and unary -a FILE for -e where an
 * operand is expected (`test -a FILE`; with three arguments -a stays the
 * binary "and" POSIX gives it).
 * `<` and `>` compare in the collation order (XCU test, POSIX.1-2024).
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

struct test_state {
	struct shell *sh;
	const char *name;   /* "test" or "[" for diagnostics */
	char **args;
	int n;
	int pos;            /* parser position */
	bool error;
};

static bool test_eq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static void test_error(struct test_state *st, const char *fmt,
		       const char *arg)
{
	if (!st->error)
		error_print(st->sh, "%s: %s: %s", st->name, arg, fmt);
	st->error = true;
}

/* An integer operand: optional blanks, an optional sign, decimal digits,
 * optional blanks (as dash and bash accept). */
static intmax_t test_integer(struct test_state *st, const char *s)
{
	const char *p = s;
	while (*p == ' ' || *p == '\t')
		p++;
	const char *digits = p + (*p == '+' || *p == '-');
	if (!isdigit((unsigned char)*digits)) {
		test_error(st, "bad number", s);
		return 0;
	}
	char *end;
	errno = 0;
	intmax_t v = strtoimax(p, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (*end || errno == ERANGE) {
		test_error(st, errno == ERANGE ? "number out of range" :
			   "bad number", s);
		return 0;
	}
	return v;
}

static bool test_is_unary(const char *op)
{
	return op[0] == '-' && op[1] && !op[2] &&
		strchr("abcdefghkLnprSstuwxzOG", op[1]);
}

static bool test_is_binary(const char *op)
{
	static const char *const ops[] = {
		"=", "==", "!=", "<", ">", "-eq", "-ne", "-gt", "-ge", "-lt",
		"-le", "-nt", "-ot", "-ef", NULL,
	};
	for (int i = 0; ops[i]; i++)
		if (test_eq(op, ops[i]))
			return true;
	return false;
}

/* -r -w -x use the effective ids (XCU test: "permission ... granted"). */
static bool test_access(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, AT_EACCESS) == 0;
}

/* File tests that need stat (or lstat for -h and -L). */
static bool test_file(char op, const char *path)
{
	struct stat sb;
	int rc = (op == 'h' || op == 'L') ? lstat(path, &sb) : stat(path, &sb);
	if (rc < 0)
		return false;
	switch (op) {
	case 'b': return S_ISBLK(sb.st_mode);
	case 'c': return S_ISCHR(sb.st_mode);
	case 'd': return S_ISDIR(sb.st_mode);
	case 'a': case 'e': return true;
	case 'f': return S_ISREG(sb.st_mode);
	case 'g': return (sb.st_mode & S_ISGID) != 0;
	case 'h': case 'L': return S_ISLNK(sb.st_mode);
	case 'k': return (sb.st_mode & S_ISVTX) != 0;
	case 'p': return S_ISFIFO(sb.st_mode);
	case 'S': return S_ISSOCK(sb.st_mode);
	case 's': return sb.st_size > 0;
	case 'u': return (sb.st_mode & S_ISUID) != 0;
	case 'O': return sb.st_uid == geteuid();
	case 'G': return sb.st_gid == getegid();
	default: return false;
	}
}

/* -t fd: a non-number is simply not a terminal (as bash and yash). */
static bool test_tty(const char *arg)
{
	char *end;
	errno = 0;
	long fd = strtol(arg, &end, 10);
	if (end == arg || *end || errno || fd < 0 || fd > 0x7fffffff)
		return false;
	return isatty((int)fd);
}

/* XCU test unary primaries. */
static bool test_unary(const char *op, const char *arg)
{
	switch (op[1]) {
	case 'n': return arg[0] != '\0';
	case 'z': return arg[0] == '\0';
	case 'r': return test_access(arg, R_OK);
	case 'w': return test_access(arg, W_OK);
	case 'x': return test_access(arg, X_OK);
	case 't': return test_tty(arg);
	default: return test_file(op[1], arg);
	}
}

/* Compares modification times (with nanoseconds): <0, 0, >0. */
static int test_mtime_cmp(const struct stat *a, const struct stat *b)
{
	if (a->st_mtim.tv_sec != b->st_mtim.tv_sec)
		return a->st_mtim.tv_sec < b->st_mtim.tv_sec ? -1 : 1;
	if (a->st_mtim.tv_nsec != b->st_mtim.tv_nsec)
		return a->st_mtim.tv_nsec < b->st_mtim.tv_nsec ? -1 : 1;
	return 0;
}

/* -nt -ot -ef (XCU test, POSIX.1-2024). */
static bool test_files2(const char *a, const char *op, const char *b)
{
	struct stat sa, sb;
	bool ha = stat(a, &sa) == 0;
	bool hb = stat(b, &sb) == 0;
	if (test_eq(op, "-ef"))
		return ha && hb && sa.st_dev == sb.st_dev &&
			sa.st_ino == sb.st_ino;
	if (test_eq(op, "-nt"))
		return ha && (!hb || test_mtime_cmp(&sa, &sb) > 0);
	return hb && (!ha || test_mtime_cmp(&sa, &sb) < 0);
}

/* XCU test binary primaries (op already known to be one). */
static bool test_binary(struct test_state *st, const char *a, const char *op,
			const char *b)
{
	if (test_eq(op, "=") || test_eq(op, "=="))
		return test_eq(a, b);
	if (test_eq(op, "!="))
		return !test_eq(a, b);
	if (test_eq(op, "<"))
		return strcoll(a, b) < 0;
	if (test_eq(op, ">"))
		return strcoll(a, b) > 0;
	if (test_eq(op, "-nt") || test_eq(op, "-ot") || test_eq(op, "-ef"))
		return test_files2(a, op, b);
	intmax_t x = test_integer(st, a);
	intmax_t y = test_integer(st, b);
	if (test_eq(op, "-eq"))
		return x == y;
	if (test_eq(op, "-ne"))
		return x != y;
	if (test_eq(op, "-gt"))
		return x > y;
	if (test_eq(op, "-ge"))
		return x >= y;
	if (test_eq(op, "-lt"))
		return x < y;
	return x <= y;
}

static bool test_oexpr(struct test_state *st);

/* primary := ( oexpr ) | unary-op operand | operand binop operand |
 * operand */
static bool test_primary(struct test_state *st)
{
	char **a = st->args;
	int p = st->pos;
	if (p >= st->n) {
		test_error(st, "argument expected",
			   p > 0 ? a[p - 1] : st->name);
		return false;
	}
	if (p + 2 < st->n && test_is_binary(a[p + 1])) {
		st->pos += 3;
		return test_binary(st, a[p], a[p + 1], a[p + 2]);
	}
	if (test_eq(a[p], "(")) {
		st->pos++;
		bool r = test_oexpr(st);
		if (st->pos >= st->n || !test_eq(a[st->pos], ")")) {
			test_error(st, "closing paren expected", "(");
			return false;
		}
		st->pos++;
		return r;
	}
	if (test_is_unary(a[p]) && p + 1 < st->n) {
		st->pos += 2;
		return test_unary(a[p], a[p + 1]);
	}
	st->pos++;
	return a[p][0] != '\0';
}

static bool test_nexpr(struct test_state *st)
{
	if (st->pos < st->n && test_eq(st->args[st->pos], "!")) {
		st->pos++;
		return !test_nexpr(st);
	}
	return test_primary(st);
}

static bool test_aexpr(struct test_state *st)
{
	bool r = test_nexpr(st);
	while (st->pos < st->n && test_eq(st->args[st->pos], "-a")) {
		st->pos++;
		bool r2 = test_nexpr(st);
		r = r && r2;
	}
	return r;
}

static bool test_oexpr(struct test_state *st)
{
	bool r = test_aexpr(st);
	while (st->pos < st->n && test_eq(st->args[st->pos], "-o")) {
		st->pos++;
		bool r2 = test_aexpr(st);
		r = r || r2;
	}
	return r;
}

/* The expression parser over args[0..n). */
static bool test_parse(struct test_state *st, char **args, int n)
{
	st->args = args;
	st->n = n;
	st->pos = 0;
	bool r = test_oexpr(st);
	if (!st->error && st->pos < n)
		test_error(st, "unexpected operator", args[st->pos]);
	return r;
}

/* XCU test: the algorithm by number of arguments (0 to 4), falling back
 * to the parser where it leaves the result unspecified. */
static bool test_eval(struct test_state *st, char **a, int n)
{
	switch (n) {
	case 0:
		return false;
	case 1:
		return a[0][0] != '\0';
	case 2:
		if (test_eq(a[0], "!"))
			return a[1][0] == '\0';
		if (test_is_unary(a[0]))
			return test_unary(a[0], a[1]);
		test_error(st, "unary operator expected", a[0]);
		return false;
	case 3:
		if (test_is_binary(a[1]))
			return test_binary(st, a[0], a[1], a[2]);
		if (test_eq(a[1], "-a"))
			return a[0][0] != '\0' && a[2][0] != '\0';
		if (test_eq(a[1], "-o"))
			return a[0][0] != '\0' || a[2][0] != '\0';
		if (test_eq(a[0], "!"))
			return !test_eval(st, a + 1, 2);
		if (test_eq(a[0], "(") && test_eq(a[2], ")"))
			return a[1][0] != '\0';
		break;
	case 4:
		if (test_eq(a[0], "!"))
			return !test_eval(st, a + 1, 3);
		if (test_eq(a[0], "(") && test_eq(a[3], ")"))
			return test_eval(st, a + 1, 2);
		break;
	}
	return test_parse(st, a, n);
}

int builtin_test(struct shell *sh, int argc, char **argv)
{
	struct test_state st = { .sh = sh, .name = argv[0] };
	int n = argc - 1;

	if (test_eq(argv[0], "[")) {
		if (n < 1 || !test_eq(argv[argc - 1], "]")) {
			error_print(sh, "[: missing ]");
			return 2;
		}
		n--;
	}
	bool r = test_eval(&st, argv + 1, n);
	if (st.error)
		return 2;
	return r ? 0 : 1;
}
