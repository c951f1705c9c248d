/* Arithmetic expansion $((...)) (XCU 2.6.4): a recursive-descent parser
 * that evaluates as it parses, on signed long with the C operators,
 * precedence and associativity.
 *
 * Choices where POSIX leaves room (the reference shells are dash,
 * bash --posix and yash -o posix):
 * - Signed overflow in + - * << and unary - wraps around (two's
 *   complement) instead of being undefined; LONG_MIN / -1 gives LONG_MIN
 *   and LONG_MIN % -1 gives 0 (as bash prints).
 * - A shift count is taken modulo the width of long (all three shells
 *   print 1 for 1<<64 and LONG_MIN for 1<<-1 on x86-64).
 * - A constant too large for long is an error (yash); dash clamps it and
 *   bash wraps it, and they disagree.
 * - ++ and -- (optional in XCU 2.6.4) are supported as in busybox ash and
 *   bash: "++" or "--" right after a variable name is a postfix
 *   increment or decrement, before one (blanks allowed) a prefix one;
 *   elsewhere two adjacent signs are two operators, where dash and bash
 *   agree: --1 is 1, 1--2 is 3.
 * - Under set -u an unset variable that is evaluated is an error (bash,
 *   yash; dash reads 0).
 * - A variable's value must be an integer constant with optional leading
 *   blanks and sign and trailing blanks (dash); unset, empty or blank is
 *   0; anything else is an error (dash, yash; bash would evaluate it).
 * - An empty expression is a syntax error (dash, yash; bash gives 0).
 * - The comma operator (not in XCU 2.6.4; busybox ash, bash) evaluates
 *   its operands left to right and gives the last.
 * - Operands that are not evaluated (the right of && and || once the
 *   result is known, the branch of ?: not taken) are parsed but have no
 *   effect: no assignment, no variable read, no division-by-zero error.
 */
#include "arith.h"

#include <ctype.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "error.h"
#include "shell.h"
#include "vars.h"

/* Deepest nesting of parentheses, unary operators, ?: and assignments,
 * so that a hostile expression cannot overflow the C stack. */
#define ARITH_MAX_DEPTH 1000

enum arith_tok {
	TOK_END, TOK_NUM, TOK_NAME, TOK_LPAREN, TOK_RPAREN,
	TOK_PLUS, TOK_MINUS, TOK_TILDE, TOK_BANG,
	TOK_MUL, TOK_DIV, TOK_MOD, TOK_SHL, TOK_SHR,
	TOK_LT, TOK_LE, TOK_GT, TOK_GE, TOK_EQ, TOK_NE,
	TOK_BAND, TOK_BXOR, TOK_BOR, TOK_LAND, TOK_LOR,
	TOK_QUEST, TOK_COLON, TOK_ASSIGN, TOK_COMMA, TOK_INC, TOK_DEC,
	/* compound assignments: the operator is the token minus the offset */
	TOK_MUL_ASSIGN, TOK_DIV_ASSIGN, TOK_MOD_ASSIGN, TOK_PLUS_ASSIGN,
	TOK_MINUS_ASSIGN, TOK_SHL_ASSIGN, TOK_SHR_ASSIGN, TOK_BAND_ASSIGN,
	TOK_BXOR_ASSIGN, TOK_BOR_ASSIGN,
	TOK_BAD, /* a character that starts no token */
};

struct arith_token {
	enum arith_tok kind;
	const char *start;
	size_t len;
	long num;     /* TOK_NUM */
};

struct arith {
	struct shell *sh;
	const char *expr;       /* the whole expression, for messages */
	const char *p;          /* scanning position after tok */
	struct arith_token tok; /* current token */
	int depth;
};

/* The operator spellings, longest first so that "<<=" wins over "<<". */
static const struct {
	const char *text;
	enum arith_tok kind;
} arith_ops[] = {
	{"<<=", TOK_SHL_ASSIGN}, {">>=", TOK_SHR_ASSIGN},
	{"<<", TOK_SHL}, {">>", TOK_SHR}, {"<=", TOK_LE}, {">=", TOK_GE},
	{"==", TOK_EQ}, {"!=", TOK_NE}, {"&&", TOK_LAND}, {"||", TOK_LOR},
	{"*=", TOK_MUL_ASSIGN}, {"/=", TOK_DIV_ASSIGN},
	{"%=", TOK_MOD_ASSIGN}, {"+=", TOK_PLUS_ASSIGN},
	{"-=", TOK_MINUS_ASSIGN}, {"&=", TOK_BAND_ASSIGN},
	{"^=", TOK_BXOR_ASSIGN}, {"|=", TOK_BOR_ASSIGN},
	{"(", TOK_LPAREN}, {")", TOK_RPAREN}, {"+", TOK_PLUS},
	{"-", TOK_MINUS}, {"~", TOK_TILDE}, {"!", TOK_BANG}, {"*", TOK_MUL},
	{"/", TOK_DIV}, {"%", TOK_MOD}, {"<", TOK_LT}, {">", TOK_GT},
	{"&", TOK_BAND}, {"^", TOK_BXOR}, {"|", TOK_BOR}, {"?", TOK_QUEST},
	{":", TOK_COLON}, {"=", TOK_ASSIGN}, {",", TOK_COMMA},
};

static bool arith_is_name_start(char c)
{
	return c == '_' || isalpha((unsigned char)c);
}

static bool arith_is_name_char(char c)
{
	return c == '_' || isalnum((unsigned char)c);
}

static const char *arith_skip_space(const char *s)
{
	while (*s != '\0' && isspace((unsigned char)*s))
		s++;
	return s;
}

static int arith_syntax_error(struct arith *a, const char *what)
{
	error_print(a->sh, "arithmetic syntax error: '%s': %s", a->expr, what);
	return -1;
}

/* Parses the integer constant s[0..n) (XCU 2.6.4: decimal, octal with a
 * leading 0, hexadecimal with 0x or 0X) whose sign is neg. Returns 0, -1
 * when it is not a valid constant, -2 when it does not fit in a long. */
static int arith_parse_const(const char *s, size_t n, bool neg, long *v)
{
	unsigned long limit = neg ? (unsigned long)LONG_MAX + 1 : LONG_MAX;
	unsigned long acc = 0;
	unsigned base = 10;
	size_t i = 0;

	if (n == 0)
		return -1;
	if (n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		i = 2;
		if (n == 2)
			return -1;
	} else if (s[0] == '0') {
		base = 8;
	}
	for (; i < n; i++) {
		int c = (unsigned char)s[i];
		unsigned d;
		if (isdigit(c))
			d = (unsigned)(c - '0');
		else if (isxdigit(c))
			d = (unsigned)(tolower(c) - 'a' + 10);
		else
			return -1;
		if (d >= base)
			return -1;
		if (acc > (limit - d) / base)
			return -2;
		acc = acc * base + d;
	}
	*v = neg ? (long)(0UL - acc) : (long)acc;
	return 0;
}

/* Reads the value of variable name (XCU 2.6.4: a variable whose value is
 * an integer constant). */
static int arith_get_var(struct arith *a, const char *name, long *v)
{
	const char *val = vars_get(a->sh, name);
	const char *s, *e;
	bool neg = false;

	*v = 0;
	if (val == NULL && a->sh->opts.nounset) {
		/* set -u: an unset variable is an expansion error (bash,
		 * yash; XCU 2.14 set -u). */
		error_print(a->sh, "%s: parameter not set", name);
		return -1;
	}
	if (val == NULL)
		return 0;
	s = arith_skip_space(val);
	if (*s == '\0')
		return 0;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	for (e = s; arith_is_name_char(*e); e++)
		;
	if (*arith_skip_space(e) == '\0') {
		int r = arith_parse_const(s, (size_t)(e - s), neg, v);
		if (r == 0)
			return 0;
		if (r == -2) {
			error_print(a->sh, "arithmetic: %s: number out of "
				    "range '%s'", name, val);
			return -1;
		}
	}
	error_print(a->sh, "arithmetic: %s: invalid number '%s'", name, val);
	return -1;
}

/* Scans a constant (a run of letters, digits and underscores starting
 * with a digit) into a->tok. */
static int arith_scan_number(struct arith *a)
{
	const char *s = a->tok.start;
	size_t n = 0;
	int r;

	while (arith_is_name_char(s[n]))
		n++;
	a->tok.kind = TOK_NUM;
	a->tok.len = n;
	r = arith_parse_const(s, n, false, &a->tok.num);
	if (r == 0)
		return 0;
	error_print(a->sh, "arithmetic: %s '%.*s'",
		    r == -2 ? "number out of range" : "invalid number",
		    (int)n, s);
	return -1;
}

/* "++" or "--" at s is an increment or decrement when a variable name is
 * next to it: the token before (prev), or the next one (see the top of
 * the file). Returns TOK_INC, TOK_DEC or TOK_END when it is two signs. */
static enum arith_tok arith_incdec(const char *s, enum arith_tok prev)
{
	if ((s[0] != '+' && s[0] != '-') || s[1] != s[0])
		return TOK_END;
	if (prev != TOK_NAME && !arith_is_name_start(*arith_skip_space(s + 2)))
		return TOK_END;
	return s[0] == '+' ? TOK_INC : TOK_DEC;
}

/* Moves to the next token. */
static int arith_next(struct arith *a)
{
	const char *s = arith_skip_space(a->p);
	enum arith_tok prev = a->tok.kind;

	a->tok.start = s;
	a->tok.len = 1;
	if (*s == '\0') {
		a->tok.kind = TOK_END;
		a->tok.len = 0;
	} else if (isdigit((unsigned char)*s)) {
		if (arith_scan_number(a) < 0)
			return -1;
	} else if (arith_is_name_start(*s)) {
		a->tok.kind = TOK_NAME;
		while (arith_is_name_char(s[a->tok.len]))
			a->tok.len++;
	} else {
		size_t i;
		a->tok.kind = arith_incdec(s, prev);
		if (a->tok.kind != TOK_END) {
			a->p = s + 2;
			a->tok.len = 2;
			return 0;
		}
		a->tok.kind = TOK_BAD;
		for (i = 0; i < sizeof arith_ops / sizeof arith_ops[0]; i++) {
			if (*s != arith_ops[i].text[0])
				continue;
			size_t n = strlen(arith_ops[i].text);
			if (strncmp(s, arith_ops[i].text, n) == 0) {
				a->tok.kind = arith_ops[i].kind;
				a->tok.len = n;
				break;
			}
		}
	}
	a->p = s + a->tok.len;
	return 0;
}

static bool arith_is_assign_op(enum arith_tok k)
{
	return k == TOK_ASSIGN || (k >= TOK_MUL_ASSIGN && k <= TOK_BOR_ASSIGN);
}

/* The binary operator a compound assignment applies. */
static enum arith_tok arith_assign_op(enum arith_tok k)
{
	static const enum arith_tok ops[] = {
		TOK_MUL, TOK_DIV, TOK_MOD, TOK_PLUS, TOK_MINUS, TOK_SHL,
		TOK_SHR, TOK_BAND, TOK_BXOR, TOK_BOR,
	};
	return ops[k - TOK_MUL_ASSIGN];
}

/* Precedence of a binary operator (higher binds tighter), 0 for a token
 * that is not one. All binary operators are left-associative. */
static int arith_prec(enum arith_tok k)
{
	switch (k) {
	case TOK_LOR: return 1;
	case TOK_LAND: return 2;
	case TOK_BOR: return 3;
	case TOK_BXOR: return 4;
	case TOK_BAND: return 5;
	case TOK_EQ: case TOK_NE: return 6;
	case TOK_LT: case TOK_LE: case TOK_GT: case TOK_GE: return 7;
	case TOK_SHL: case TOK_SHR: return 8;
	case TOK_PLUS: case TOK_MINUS: return 9;
	case TOK_MUL: case TOK_DIV: case TOK_MOD: return 10;
	default: return 0;
	}
}

/* x / y and x % y, with y != 0; LONG_MIN / -1 would trap. */
static long arith_divide(enum arith_tok op, long x, long y)
{
	if (y == -1)
		return op == TOK_DIV ? (long)(0UL - (unsigned long)x) : 0;
	return op == TOK_DIV ? x / y : x % y;
}

/* Applies binary operator op. Wrapping arithmetic is done on unsigned
 * long; the conversion back is modulo 2^N with GCC and Clang. */
static int arith_apply(struct arith *a, enum arith_tok op, long x, long y,
		       long *v)
{
	unsigned long ux = (unsigned long)x, uy = (unsigned long)y;
	unsigned shift = (unsigned)(uy % (sizeof(long) * CHAR_BIT));

	switch (op) {
	case TOK_MUL: *v = (long)(ux * uy); break;
	case TOK_DIV:
	case TOK_MOD:
		if (y == 0) {
			error_print(a->sh, "arithmetic: division by zero: "
				    "'%s'", a->expr);
			return -1;
		}
		*v = arith_divide(op, x, y);
		break;
	case TOK_PLUS: *v = (long)(ux + uy); break;
	case TOK_MINUS: *v = (long)(ux - uy); break;
	case TOK_SHL: *v = (long)(ux << shift); break;
	case TOK_SHR: *v = x >> shift; break; /* arithmetic shift (GCC) */
	case TOK_LT: *v = x < y; break;
	case TOK_LE: *v = x <= y; break;
	case TOK_GT: *v = x > y; break;
	case TOK_GE: *v = x >= y; break;
	case TOK_EQ: *v = x == y; break;
	case TOK_NE: *v = x != y; break;
	case TOK_BAND: *v = x & y; break;
	case TOK_BXOR: *v = x ^ y; break;
	case TOK_BOR: *v = x | y; break;
	case TOK_LAND: *v = x != 0 && y != 0; break;
	case TOK_LOR: *v = x != 0 || y != 0; break;
	default: return arith_syntax_error(a, "unknown operator");
	}
	return 0;
}

static int arith_assign(struct arith *a, bool eval, long *v);
static int arith_comma(struct arith *a, bool eval, long *v);
static int arith_cond(struct arith *a, bool eval, long *v);
static int arith_store(struct arith *a, const char *name, size_t len,
		       long value);

/* Enters one level of nesting; fails when too deep. */
static int arith_enter(struct arith *a)
{
	if (++a->depth <= ARITH_MAX_DEPTH)
		return 0;
	error_print(a->sh, "arithmetic: expression nested too deeply");
	return -1;
}

/* primary: constant | variable | ( assignment-expression ) */
static int arith_primary(struct arith *a, bool eval, long *v)
{
	struct arith_token t = a->tok;
	int r;

	*v = 0;
	if (t.kind == TOK_NUM) {
		*v = t.num;
		return arith_next(a);
	}
	if (t.kind == TOK_NAME) {
		char *name = xstrndup(t.start, t.len);
		r = eval ? arith_get_var(a, name, v) : 0;
		free(name);
		if (r < 0 || arith_next(a) < 0)
			return -1;
		if (a->tok.kind != TOK_INC && a->tok.kind != TOK_DEC)
			return 0;
		long step = a->tok.kind == TOK_INC ? 1 : -1;
		if (eval && arith_store(a, t.start, t.len, (long)((unsigned long)*v
					+ (unsigned long)step)) < 0)
			return -1;
		return arith_next(a);
	}
	if (t.kind != TOK_LPAREN) {
		if (t.kind == TOK_BAD)
			return arith_syntax_error(a, "unexpected character");
		return arith_syntax_error(a, "missing operand");
	}
	if (arith_enter(a) < 0)
		return -1;
	r = arith_next(a) < 0 ? -1 : arith_comma(a, eval, v);
	a->depth--;
	if (r < 0)
		return -1;
	if (a->tok.kind != TOK_RPAREN)
		return arith_syntax_error(a, "missing ')'");
	return arith_next(a);
}

/* ++NAME and --NAME: the new value. */
static int arith_prefix(struct arith *a, bool eval, long *v)
{
	long step = a->tok.kind == TOK_INC ? 1 : -1;
	if (arith_next(a) < 0)
		return -1;
	struct arith_token t = a->tok;
	if (t.kind != TOK_NAME)
		return arith_syntax_error(a, "'++' or '--' needs a variable");
	*v = 0;
	if (eval) {
		char *name = xstrndup(t.start, t.len);
		int r = arith_get_var(a, name, v);
		free(name);
		if (r < 0)
			return -1;
		*v = (long)((unsigned long)*v + (unsigned long)step);
		if (arith_store(a, t.start, t.len, *v) < 0)
			return -1;
	}
	return arith_next(a);
}

/* unary: primary | + unary | - unary | ~ unary | ! unary | ++ NAME |
 * -- NAME */
static int arith_unary(struct arith *a, bool eval, long *v)
{
	enum arith_tok op = a->tok.kind;
	int r;

	if (op == TOK_INC || op == TOK_DEC)
		return arith_prefix(a, eval, v);
	if (op != TOK_PLUS && op != TOK_MINUS && op != TOK_TILDE &&
	    op != TOK_BANG)
		return arith_primary(a, eval, v);
	if (arith_enter(a) < 0)
		return -1;
	r = arith_next(a) < 0 ? -1 : arith_unary(a, eval, v);
	a->depth--;
	if (r < 0)
		return -1;
	if (op == TOK_MINUS)
		*v = (long)(0UL - (unsigned long)*v);
	else if (op == TOK_TILDE)
		*v = ~*v;
	else if (op == TOK_BANG)
		*v = *v == 0;
	return 0;
}

/* Binary operators by precedence climbing: parses operators binding at
 * least as tightly as minprec. && and || evaluate their right operand
 * only when it decides the result. */
static int arith_binary(struct arith *a, int minprec, bool eval, long *v)
{
	if (arith_unary(a, eval, v) < 0)
		return -1;
	for (;;) {
		enum arith_tok op = a->tok.kind;
		int prec = arith_prec(op);
		bool reval = eval;
		long rhs;

		if (prec == 0 || prec < minprec)
			return 0;
		if (op == TOK_LAND)
			reval = eval && *v != 0;
		else if (op == TOK_LOR)
			reval = eval && *v == 0;
		if (arith_next(a) < 0 ||
		    arith_binary(a, prec + 1, reval, &rhs) < 0)
			return -1;
		if (eval && arith_apply(a, op, *v, rhs, v) < 0)
			return -1;
	}
}

/* The part of a conditional after "c ?": assignment : conditional. */
static int arith_cond_rest(struct arith *a, bool eval, long c, long *v)
{
	long other;

	if (arith_next(a) < 0 || arith_assign(a, eval && c != 0, v) < 0)
		return -1;
	if (a->tok.kind != TOK_COLON)
		return arith_syntax_error(a, "missing ':'");
	if (arith_next(a) < 0 || arith_cond(a, eval && c == 0, &other) < 0)
		return -1;
	if (c == 0)
		*v = other;
	return 0;
}

/* conditional: binary | binary ? assignment : conditional (as in C, the
 * middle operand may be an assignment, the last may not; right-assoc). */
static int arith_cond(struct arith *a, bool eval, long *v)
{
	long c;
	int r;

	if (arith_binary(a, 1, eval, &c) < 0)
		return -1;
	*v = c;
	if (a->tok.kind != TOK_QUEST)
		return 0;
	if (arith_enter(a) < 0)
		return -1;
	r = arith_cond_rest(a, eval, c, v);
	a->depth--;
	return r;
}

/* Stores value in variable name[0..len) as a decimal string. */
static int arith_store(struct arith *a, const char *name, size_t len,
		       long value)
{
	char *n = xstrndup(name, len);
	char buf[sizeof(long) * CHAR_BIT / 3 + 3];
	int r;

	snprintf(buf, sizeof buf, "%ld", value);
	r = vars_set(a->sh, n, buf, 0);
	free(n);
	return r < 0 ? -1 : 0;
}

/* Parses the right side of NAME op= and assigns (when eval). */
static int arith_do_assign(struct arith *a, struct arith_token name,
			   enum arith_tok op, bool eval, long *v)
{
	long rhs, old;
	char *n;
	int r;

	if (arith_enter(a) < 0)
		return -1;
	r = arith_assign(a, eval, &rhs);
	a->depth--;
	if (r < 0)
		return -1;
	*v = rhs;
	if (!eval)
		return 0;
	if (op != TOK_ASSIGN) {
		n = xstrndup(name.start, name.len);
		r = arith_get_var(a, n, &old);
		free(n);
		if (r < 0 || arith_apply(a, arith_assign_op(op), old, rhs,
					 v) < 0)
			return -1;
	}
	return arith_store(a, name.start, name.len, *v);
}

/* assignment: conditional | NAME assign-op assignment (right-assoc). */
static int arith_assign(struct arith *a, bool eval, long *v)
{
	if (a->tok.kind == TOK_NAME) {
		struct arith_token name = a->tok;
		const char *save = a->p;

		if (arith_next(a) < 0)
			return -1;
		if (arith_is_assign_op(a->tok.kind)) {
			enum arith_tok op = a->tok.kind;
			if (arith_next(a) < 0)
				return -1;
			return arith_do_assign(a, name, op, eval, v);
		}
		a->tok = name;
		a->p = save;
	}
	if (arith_cond(a, eval, v) < 0)
		return -1;
	if (arith_is_assign_op(a->tok.kind)) {
		error_print(a->sh, "arithmetic: assignment to a non-variable: "
			    "'%s'", a->expr);
		return -1;
	}
	return 0;
}

/* expression: assignment { , assignment } (busybox ash, bash). */
static int arith_comma(struct arith *a, bool eval, long *v)
{
	if (arith_assign(a, eval, v) < 0)
		return -1;
	while (a->tok.kind == TOK_COMMA)
		if (arith_next(a) < 0 || arith_assign(a, eval, v) < 0)
			return -1;
	return 0;
}

/* Parses the whole expression from a->p, evaluating when eval. */
static int arith_parse(struct arith *a, bool eval, long *v)
{
	a->tok.kind = TOK_END;
	if (arith_next(a) < 0 || arith_comma(a, eval, v) < 0)
		return -1;
	if (a->tok.kind != TOK_END)
		return arith_syntax_error(a, a->tok.kind == TOK_BAD ?
					  "unexpected character" :
					  "unexpected token");
	return 0;
}

/* XCU 2.6.4 */
int arith_eval(struct shell *sh, const char *expr, long *result)
{
	struct arith a = {.sh = sh, .expr = expr, .p = expr};
	long v;

	/* A first pass that evaluates nothing checks the syntax, so that a
	 * syntax error never leaves an assignment half done. */
	if (arith_parse(&a, false, &v) < 0)
		return -1;
	a.p = expr;
	if (arith_parse(&a, true, &v) < 0)
		return -1;
	*result = v;
	return 0;
}
