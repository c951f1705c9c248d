#include "expand.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "arith.h"
#include "ast.h"
#include "error.h"
#include "exec.h"
#include "lex.h"
#include "jobs.h"
#include "parse.h"
#include "pattern.h"
#include "shell.h"
#include "strbuf.h"
#include "word.h"

/* Per-byte marks of the intermediate result (the text after expansions,
 * before splitting, globbing and quote removal). */
#define XF_QUOTED 0x1u  /* quoted: never split, literal in patterns */
#define XF_SPLIT  0x2u  /* from an unquoted expansion: split by IFS */
#define XF_MARK   0x4u  /* no byte: a quoted empty string was here */
#define XF_BREAK  0x8u  /* a field boundary between $@ or $* items; its
			   byte (unless NUL) joins them where no splitting
			   happens */

/* Contexts of expand_parts. */
#define CTX_DQUOTE   0x1u  /* inside double quotes (or a here-document) */
#define CTX_SPLITLIT 0x4u  /* literals of an unquoted ${x-word}: split */
#define CTX_ASSIGN   0x8u  /* assignment value: tilde after ':' too */

struct expander {
	struct shell *sh;
	char *buf;
	unsigned char *flags;
	size_t len;
	size_t cap;
	bool error;
	bool holes;  /* has a mark or a NUL byte: quote removal drops them */
};

/* The arrays live in the scratch arena: growing leaves the old copy there
 * until the command's scratch is released, which is cheaper than realloc. */
/* Makes room for n more bytes. */
static void xb_reserve(struct expander *x, size_t n)
{
	if (x->cap - x->len >= n)
		return;
	size_t cap = x->cap ? x->cap * 2 : 64;
	while (cap - x->len < n)
		cap *= 2;
	char *buf = arena_alloc(&x->sh->scratch, cap);
	unsigned char *flags = arena_alloc(&x->sh->scratch, cap);
	if (x->len) {
		memcpy(buf, x->buf, x->len);
		memcpy(flags, x->flags, x->len);
	}
	x->buf = buf;
	x->flags = flags;
	x->cap = cap;
}

static void xb_add(struct expander *x, char c, unsigned flags)
{
	if (x->len == x->cap)
		xb_reserve(x, 1);
	if ((flags & XF_MARK) || !c)
		x->holes = true;
	x->buf[x->len] = c;
	x->flags[x->len] = (unsigned char)flags;
	x->len++;
}

static void xb_addn(struct expander *x, const char *s, size_t n,
		    unsigned flags)
{
	if (n == 0)
		return;  /* the buffer may not exist yet */
	xb_reserve(x, n);
	memcpy(x->buf + x->len, s, n);
	memset(x->flags + x->len, (int)flags, n);
	x->len += n;
}

static void xb_free(struct expander *x)
{
	x->buf = NULL;
	x->flags = NULL;
	x->len = x->cap = 0;
	x->holes = false;
}

/* --- Parameters (XCU 2.5.2, 2.6.2) --- */

static int expand_parts(struct expander *x, const struct word *w,
			unsigned ctx);

static char *scratch_printf_long(struct shell *sh, long v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%ld", v);
	return arena_strdup(&sh->scratch, buf);
}

/* The value of a parameter other than @ and *, or NULL when unset. */
static const char *param_get(struct shell *sh, const char *name)
{
	if (name[0] >= '0' && name[0] <= '9') {
		long n = strtol(name, NULL, 10);
		if (n == 0)
			return sh->arg0;
		return n <= sh->params.argc ? sh->params.argv[n - 1] : NULL;
	}
	if (name[1] == '\0') {
		switch (name[0]) {
		case '?':
			return scratch_printf_long(sh, sh->exit_status);
		case '$':
			return scratch_printf_long(sh, sh->pid);
		case '#':
			return scratch_printf_long(sh, sh->params.argc);
		case '!':
			return sh->last_async ?
				scratch_printf_long(sh, sh->last_async) : NULL;
		case '-': {
			char *buf = arena_alloc(&sh->scratch, 32);
			options_letters(sh, buf);
			return buf;
		}
		}
	}
	return vars_get(sh, name);
}

static const char *ifs_value(struct shell *sh)
{
	const char *ifs = vars_get(sh, "IFS");
	return ifs ? ifs : " \t\n";
}

/* Appends value with the marks its context gives it. */
static void emit_value(struct expander *x, const char *value, unsigned ctx)
{
	unsigned f = (ctx & CTX_DQUOTE) ? XF_QUOTED : XF_SPLIT;
	xb_addn(x, value, strlen(value), f);
}

/* $@ and $* (XCU 2.5.2). */
static void emit_list(struct expander *x, char which, char *const *argv,
		      int argc, unsigned ctx)
{
	bool quoted = ctx & CTX_DQUOTE;
	const char *ifs = vars_get(x->sh, "IFS");
	if (quoted && which == '*') {
		char sep = ifs ? ifs[0] : ' ';
		for (int i = 0; i < argc; i++) {
			if (i > 0 && sep)
				xb_add(x, sep, XF_QUOTED);
			emit_value(x, argv[i], ctx);
		}
		return;
	}
	/* Between items a field boundary; where no splitting happens the
	 * boundary's byte joins them: the first IFS byte, a space when IFS is
	 * unset, nothing when it is empty, for $@ as for $* (XCU 2.5.2; dash
	 * and yash, where bash joins $@ with spaces). */
	char join = ifs ? ifs[0] : ' ';
	for (int i = 0; i < argc; i++) {
		if (i > 0)
			xb_add(x, join, XF_BREAK);
		if (quoted)
			xb_add(x, 0, XF_MARK | XF_QUOTED);
		emit_value(x, argv[i], ctx);
	}
}

static size_t mb_length(const char *s)
{
	size_t n = mbstowcs(NULL, s, 0);
	return n == (size_t)-1 ? strlen(s) : n;
}

/* The byte offset of character n of s (n at most its length); bytes when
 * s is not valid in the locale. */
static size_t mb_offset(const char *s, size_t n)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t off = 0;
	for (size_t i = 0; i < n && s[off]; i++) {
		size_t k = mbrlen(s + off, MB_LEN_MAX, &st);
		if (k == (size_t)-1 || k == (size_t)-2)
			return n;
		off += k ? k : 1;
	}
	return off;
}

/* Expands w into a plain string (quote removal done). */
static char *expand_subword(struct expander *x, const struct word *w,
			    unsigned ctx)
{
	struct expander sub = { .sh = x->sh };
	if (expand_parts(&sub, w, ctx & ~CTX_SPLITLIT) < 0) {
		xb_free(&sub);
		x->error = true;
		return NULL;
	}
	char *s = arena_alloc(&x->sh->scratch, sub.len + 1);
	size_t n = 0;
	for (size_t i = 0; i < sub.len; i++)
		if (!(sub.flags[i] & XF_MARK) && sub.buf[i])
			s[n++] = sub.buf[i];
	s[n] = '\0';
	xb_free(&sub);
	return s;
}

/* Converts marked text to a pattern: quoted bytes are escaped. */
static char *xb_to_pattern(struct shell *sh, struct expander *x)
{
	char *s = arena_alloc(&sh->scratch, 2 * x->len + 1);
	size_t n = 0;
	for (size_t i = 0; i < x->len; i++) {
		unsigned f = x->flags[i];
		char c = x->buf[i];
		if ((f & XF_MARK) || !c)
			continue;
		if ((f & XF_QUOTED) && strchr("\\*?[]!^-", c))
			s[n++] = '\\';
		s[n++] = c;
	}
	s[n] = '\0';
	return s;
}

/* The pattern of ${x#w} and ${x/w/r}: quotes in w quote even inside
 * double quotes (XCU 2.6.2). */
static char *expand_subpattern(struct expander *x, const struct word *w)
{
	struct expander sub = { .sh = x->sh };
	char *pat = NULL;
	if (expand_parts(&sub, w, 0) == 0)
		pat = xb_to_pattern(x->sh, &sub);
	else
		x->error = true;
	xb_free(&sub);
	return pat;
}

struct param_ref {
	const char *name;
	const char *value;  /* NULL when unset */
	bool is_params;     /* @ or * */
	char which;         /* '@' or '*' */
};

static int param_error(struct expander *x, const char *fmt, const char *a,
		       const char *b)
{
	error_print(x->sh, fmt, a, b);
	x->error = true;
	return -1;
}

static int param_check_set(struct expander *x, struct param_ref *ref)
{
	if (ref->value || ref->is_params || !x->sh->opts.nounset)
		return 0;
	return param_error(x, "%s: parameter not set%s", ref->name, "");
}

static void param_emit(struct expander *x, struct param_ref *ref,
		       unsigned ctx)
{
	if (ref->is_params)
		emit_list(x, ref->which, x->sh->params.argv,
			  x->sh->params.argc, ctx);
	else if (ref->value)
		emit_value(x, ref->value, ctx);
}

static bool param_is_null(struct param_ref *ref, struct shell *sh)
{
	if (ref->is_params)
		return sh->params.argc == 0 ||
		       (sh->params.argc == 1 && !sh->params.argv[0][0]);
	return !ref->value || !ref->value[0];
}

static bool param_is_unset(struct param_ref *ref, struct shell *sh)
{
	if (ref->is_params)
		return sh->params.argc == 0;
	return !ref->value;
}

static void param_lookup(struct expander *x, struct param_ref *ref,
			 const char *name)
{
	ref->name = name;
	ref->is_params = (name[0] == '@' || name[0] == '*') && !name[1];
	ref->which = name[0];
	ref->value = ref->is_params ? NULL : param_get(x->sh, name);
}

/* Applies an operation on one value to $@ and $* item by item (as bash
 * and yash do; POSIX leaves it unspecified) or to the value. */
typedef const char *value_op(struct shell *sh, const char *v,
			     const struct word_param *p, const char *a,
			     const char *b);

static void param_emit_mapped(struct expander *x, struct param_ref *ref,
			      const struct word_param *p, value_op *op,
			      const char *a, const char *b, unsigned ctx)
{
	struct shell *sh = x->sh;
	if (!ref->is_params) {
		emit_value(x, op(sh, ref->value ? ref->value : "", p, a, b), ctx);
		return;
	}
	struct params *pp = &sh->params;
	char **items = arena_alloc(&sh->scratch,
				   sizeof *items * (size_t)(pp->argc + 1));
	for (int i = 0; i < pp->argc; i++)
		items[i] = (char *)op(sh, pp->argv[i], p, a, b);
	emit_list(x, ref->which, items, pp->argc, ctx);
}

/* ${x%w} ${x%%w} ${x#w} ${x##w}: v with the shortest or longest suffix
 * or prefix matching pat removed; in scratch or pointing into v. */
static const char *trim_value(struct shell *sh, const char *v,
			      const struct word_param *p, const char *pat,
			      const char *unused)
{
	(void)unused;
	bool longest = p->op == PARAM_TRIM_LPREFIX ||
		       p->op == PARAM_TRIM_LSUFFIX;
	if (p->op == PARAM_TRIM_PREFIX || p->op == PARAM_TRIM_LPREFIX) {
		size_t n = pattern_match_prefix(pat, v, longest);
		return n != (size_t)-1 ? v + n : v;
	}
	size_t start = pattern_match_suffix(pat, v, longest);
	return start != (size_t)-1 ? arena_strndup(&sh->scratch, v, start) : v;
}

static int param_trim(struct expander *x, struct param_ref *ref,
		      const struct word_param *p, unsigned ctx)
{
	if (param_check_set(x, ref) < 0)
		return -1;
	char *pat = expand_subpattern(x, p->operand);
	if (!pat)
		return -1;
	param_emit_mapped(x, ref, p, trim_value, pat, NULL, ctx);
	return 0;
}

/* ${x/p/r} and its variants (busybox ash, bash): the longest match of pat
 * is replaced; an empty pattern matches only where it is anchored. */
static const char *replace_value(struct shell *sh, const char *v,
				 const struct word_param *p, const char *pat,
				 const char *rep)
{
	size_t len = strlen(v);
	struct strbuf sb = { 0 };
	if (p->op == PARAM_REPLACE_PREFIX) {
		size_t n = *pat ? pattern_match_prefix(pat, v, true) : 0;
		if (n == (size_t)-1)
			return v;
		strbuf_adds(&sb, rep);
		strbuf_adds(&sb, v + n);
	} else if (p->op == PARAM_REPLACE_SUFFIX) {
		size_t start = *pat ? pattern_match_suffix(pat, v, true) : len;
		if (start == (size_t)-1)
			return v;
		strbuf_add(&sb, v, start);
		strbuf_adds(&sb, rep);
	} else {
		if (!*pat)
			return v;
		bool all = p->op == PARAM_REPLACE_ALL, done = false;
		for (size_t i = 0; i < len;) {
			size_t n = done ? (size_t)-1
				 : pattern_match_prefix(pat, v + i, true);
			if (n != (size_t)-1 && n > 0) {
				strbuf_adds(&sb, rep);
				i += n;
				done = !all;
			} else {
				strbuf_addc(&sb, v[i++]);
			}
		}
	}
	char *s = arena_strndup(&sh->scratch, strbuf_str(&sb), sb.len);
	strbuf_release(&sb);
	return s;
}

static int param_replace(struct expander *x, struct param_ref *ref,
			 const struct word_param *p, unsigned ctx)
{
	if (param_check_set(x, ref) < 0)
		return -1;
	char *pat = expand_subpattern(x, p->operand);
	if (!pat)
		return -1;
	const char *rep = p->operand2 ?
		expand_subword(x, p->operand2, ctx & CTX_DQUOTE) : "";
	if (!rep)
		return -1;
	param_emit_mapped(x, ref, p, replace_value, pat, rep, ctx);
	return 0;
}

/* The value of an arithmetic operand of ${x:off:len}; empty is 0. */
static int expand_arith_operand(struct expander *x, const struct word *w,
				long *v)
{
	char *s = expand_subword(x, w, CTX_DQUOTE);
	if (!s)
		return -1;
	*v = 0;
	if (s[strspn(s, " \t\n")] && arith_eval(x->sh, s, v) < 0) {
		x->error = true;
		return -1;
	}
	return 0;
}

/* ${x:off} ${x:off:len} (busybox ash, bash): characters of a value, or
 * positional parameters of $@ and $* (offset 0 is $0). A negative offset
 * counts from the end; a negative length is an end counted from the end. */
static int param_substring(struct expander *x, struct param_ref *ref,
			   const struct word_param *p, unsigned ctx)
{
	if (param_check_set(x, ref) < 0)
		return -1;
	long off, len = 0;
	if (expand_arith_operand(x, p->operand, &off) < 0 ||
	    (p->operand2 && expand_arith_operand(x, p->operand2, &len) < 0))
		return -1;
	struct params *pp = &x->sh->params;
	const char *v = ref->value ? ref->value : "";
	long n = ref->is_params ? pp->argc + 1 : (long)mb_length(v);
	if (off < 0)
		off = ref->is_params ? pp->argc + 1 + off : n + off;
	if (off < 0 || off > n)
		off = n;
	long end = !p->operand2 ? n : len < 0 ? n + len : off + len;
	if (end > n)
		end = n;
	if (end < off) {
		if (len >= 0)
			end = off;
		else
			return param_error(x, "%s: %s", ref->name,
					   "substring expression < 0");
	}
	if (!ref->is_params) {
		size_t from = mb_offset(v, (size_t)off);
		size_t to = mb_offset(v, (size_t)end);
		emit_value(x, arena_strndup(&x->sh->scratch, v + from, to - from),
			   ctx);
		return 0;
	}
	char **items = arena_alloc(&x->sh->scratch,
				   sizeof *items * (size_t)(n + 1));
	items[0] = (char *)x->sh->arg0;
	for (int i = 0; i < pp->argc; i++)
		items[i + 1] = pp->argv[i];
	emit_list(x, ref->which, items + off, (int)(end - off), ctx);
	return 0;
}

static int param_assign_default(struct expander *x, struct param_ref *ref,
				const struct word *w, unsigned ctx)
{
	if (!vars_is_name(ref->name))
		return param_error(x, "%s: cannot assign in this way%s",
				   ref->name, "");
	char *value = expand_subword(x, w, (ctx & CTX_DQUOTE) | CTX_ASSIGN);
	if (!value)
		return -1;
	if (vars_set(x->sh, ref->name, value, 0) < 0) {
		x->error = true;
		return -1;
	}
	emit_value(x, value, ctx);
	return 0;
}

/* ${x-w} ${x=w} ${x?w} ${x+w} and their ':' forms. */
static int param_conditional(struct expander *x, struct param_ref *ref,
			     const struct word_param *p, unsigned ctx)
{
	bool absent = p->colon ? param_is_null(ref, x->sh)
			       : param_is_unset(ref, x->sh);
	unsigned wctx = ctx & CTX_DQUOTE ? ctx : ctx | CTX_SPLITLIT;
	switch (p->op) {
	case PARAM_DEFAULT:
		if (absent)
			return expand_parts(x, p->operand, wctx);
		break;
	case PARAM_ALTERNATIVE:
		return absent ? 0 : expand_parts(x, p->operand, wctx);
	case PARAM_ASSIGN:
		if (absent)
			return param_assign_default(x, ref, p->operand, ctx);
		break;
	default: /* PARAM_ERROR */
		if (absent) {
			char *msg = p->operand->nparts ?
				expand_subword(x, p->operand, ctx) : NULL;
			return param_error(x, "%s: %s", ref->name,
				msg ? msg : (p->colon ? "parameter null or not set"
						      : "parameter not set"));
		}
		break;
	}
	param_emit(x, ref, ctx);
	return 0;
}

static int expand_param(struct expander *x, const struct word_param *p,
			unsigned ctx)
{
	if (p->op == PARAM_BAD)
		return param_error(x, "%s: bad substitution%s", p->name, "");
	struct param_ref ref;
	param_lookup(x, &ref, p->name);
	switch (p->op) {
	case PARAM_PLAIN:
		if (param_check_set(x, &ref) < 0)
			return -1;
		param_emit(x, &ref, ctx);
		return 0;
	case PARAM_LENGTH: {
		if (param_check_set(x, &ref) < 0)
			return -1;
		size_t len = ref.is_params ? (size_t)x->sh->params.argc
			   : ref.value ? mb_length(ref.value) : 0;
		emit_value(x, scratch_printf_long(x->sh, (long)len), ctx);
		return 0;
	}
	case PARAM_TRIM_SUFFIX: case PARAM_TRIM_LSUFFIX:
	case PARAM_TRIM_PREFIX: case PARAM_TRIM_LPREFIX:
		return param_trim(x, &ref, p, ctx);
	case PARAM_SUBSTRING:
		return param_substring(x, &ref, p, ctx);
	case PARAM_REPLACE: case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX: case PARAM_REPLACE_SUFFIX:
		return param_replace(x, &ref, p, ctx);
	default:
		return param_conditional(x, &ref, p, ctx);
	}
}

/* --- Command substitution (XCU 2.6.3) and arithmetic (2.6.4) --- */

char *expand_command_output(struct shell *sh, const struct ast_node *body)
{
	if (!body) {  /* $() runs nothing */
		sh->cmdsub_status = 0;
		return arena_strdup(&sh->scratch, "");
	}
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0) {
		error_print(sh, "command substitution: %s", strerror(errno));
		return NULL;
	}
	struct job *job = jobs_new(sh, false);
	pid_t pid = jobs_fork(sh, job);
	if (pid == 0) {
		close(fds[0]);
		if (fds[1] != 1) {
			dup2(fds[1], 1);
			close(fds[1]);
		}
		/* The last command may replace this child (its $PPID is then
		 * the shell, as in other shells). */
		exec_in_child(sh, body);
	}
	close(fds[1]);
	struct strbuf out = { 0 };
	strbuf_read_fd(&out, fds[0]);
	close(fds[0]);
	if (pid > 0)
		sh->cmdsub_status = jobs_wait_job(sh, job, false);
	else
		sh->cmdsub_status = 126;
	jobs_free(job);
	while (out.len && out.data[out.len - 1] == '\n')
		out.len--;
	char *s = arena_strndup(&sh->scratch, strbuf_str(&out), out.len);
	strbuf_release(&out);
	return s;
}

static int expand_cmdsub(struct expander *x, const struct ast_node *body,
			 unsigned ctx)
{
	char *out = expand_command_output(x->sh, body);
	if (!out) {
		x->error = true;
		return -1;
	}
	emit_value(x, out, ctx);
	return 0;
}

static int expand_arith(struct expander *x, const struct word *expr,
			unsigned ctx)
{
	char *s = expand_subword(x, expr, CTX_DQUOTE);
	if (!s)
		return -1;
	long v;
	if (arith_eval(x->sh, s, &v) < 0) {
		x->error = true;
		return -1;
	}
	emit_value(x, scratch_printf_long(x->sh, v), ctx);
	return 0;
}

/* --- Tilde (XCU 2.6.1) --- */

/* p is at an unquoted '~' of a literal that ends at end; last says whether
 * the literal ends the word. Returns the position after the tilde-prefix,
 * or NULL when it is not one (a login name with quoted or expanded bytes
 * in it, or no such user). */
static const char *expand_tilde(struct expander *x, const char *p,
				const char *end, bool last, unsigned ctx)
{
	const char *q = p + 1;
	while (q < end && *q != '/' && !((ctx & CTX_ASSIGN) && *q == ':'))
		q++;
	if (q == end && !last)
		return NULL;
	const char *home;
	if (q == p + 1) {
		home = vars_get(x->sh, "HOME");
	} else {
		char *user = xstrndup(p + 1, (size_t)(q - p - 1));
		struct passwd *pw = getpwnam(user);
		free(user);
		home = pw ? pw->pw_dir : NULL;
	}
	if (!home)
		return NULL;
	xb_addn(x, home, strlen(home), XF_QUOTED);
	if (!*home)
		xb_add(x, 0, XF_MARK | XF_QUOTED);
	return q;
}

/* --- Walking the word --- */

/* An unquoted literal: tilde-prefixes at the start of the word and, in an
 * assignment, after each ':'. */
static void expand_unquoted_literal(struct expander *x, const char *p,
				    size_t len, bool first, bool last,
				    unsigned ctx)
{
	unsigned lit = ctx & CTX_SPLITLIT ? XF_SPLIT : 0;
	const char *start = p, *end = p + len;
	if (!(ctx & CTX_ASSIGN) && !(first && len && *p == '~')) {
		xb_addn(x, p, len, lit);
		return;
	}
	while (p < end) {
		if (*p == '~' && ((first && p == start) ||
				  ((ctx & CTX_ASSIGN) && p > start && p[-1] == ':'))) {
			const char *after = expand_tilde(x, p, end, last, ctx);
			if (after) {
				p = after;
				continue;
			}
		}
		xb_add(x, *p++, lit);
	}
}

/* $name and ${name}. */
static int expand_var(struct expander *x, const char *name, unsigned ctx)
{
	struct param_ref ref;
	param_lookup(x, &ref, name);
	if (param_check_set(x, &ref) < 0)
		return -1;
	param_emit(x, &ref, ctx);
	return 0;
}

static int expand_part(struct expander *x, const struct word *w, unsigned i,
		       unsigned ctx)
{
	const struct word_part *part = &w->parts[i];
	if (part->quoted && part->kind != WORD_LITERAL) {
		/* A part alone in double quotes; "$@" with no parameters is
		 * no field at all (XCU 2.5.2). */
		if (word_part_is_all_params(part) && x->sh->params.argc == 0)
			return 0;
		xb_add(x, 0, XF_MARK | XF_QUOTED);
		ctx |= CTX_DQUOTE;
	}
	switch (part->kind) {
	case WORD_LITERAL:
		if (!part->quoted && !(ctx & CTX_DQUOTE)) {
			expand_unquoted_literal(x, part->u.text, part->len,
						i == 0, i + 1 == w->nparts, ctx);
			return 0;
		}
		if (part->len == 0)
			xb_add(x, 0, XF_MARK | XF_QUOTED);
		xb_addn(x, part->u.text, part->len, XF_QUOTED);
		return 0;
	case WORD_DQUOTE:
		xb_add(x, 0, XF_MARK | XF_QUOTED);
		return expand_parts(x, part->u.inner, ctx | CTX_DQUOTE);
	case WORD_VAR:
		return expand_var(x, part->u.text, ctx);
	case WORD_PARAM:
		return expand_param(x, part->u.param, ctx);
	case WORD_CMDSUB:
		return expand_cmdsub(x, part->u.cmdsub, ctx);
	default: /* WORD_ARITH */
		return expand_arith(x, part->u.inner, ctx);
	}
}

/* Appends the expansions of w to x, parts in order (XCU 2.6). */
static int expand_parts(struct expander *x, const struct word *w,
			unsigned ctx)
{
	if (w->flags & WORD_PLAIN) {
		xb_addn(x, w->text, strlen(w->text),
			ctx & CTX_DQUOTE ? XF_QUOTED : 0);
		return 0;
	}
	for (unsigned i = 0; i < w->nparts && !x->error; i++)
		if (expand_part(x, w, i, ctx) < 0)
			x->error = true;
	return x->error ? -1 : 0;
}

/* --- Field splitting (XCU 2.6.5) and pathname expansion (2.6.6) --- */

/* A field is a run of the marked text between two delimiters. */
struct field {
	size_t start;
	size_t end;
	bool magic;    /* has an unquoted * ? or [ */
	bool present;  /* has a byte or a quoted empty string */
};

static void field_add(struct field *f, struct expander *x, size_t i)
{
	if (!f->present) {
		f->present = true;
		f->start = i;
	}
	f->end = i + 1;
	char c = x->buf[i];
	if (!(x->flags[i] & (XF_QUOTED | XF_MARK)) &&
	    (c == '*' || c == '?' || c == '['))
		f->magic = true;
}

/* The field after quote removal, in scratch. */
static char *field_text(struct shell *sh, struct expander *x, struct field *f)
{
	char *s = arena_alloc(&sh->scratch, f->end - f->start + 1);
	size_t n = 0;
	for (size_t i = f->start; i < f->end; i++)
		if (!(x->flags[i] & (XF_MARK | XF_BREAK)))
			s[n++] = x->buf[i];
	s[n] = '\0';
	return s;
}

/* The field as a pattern: quoted special bytes escaped. */
static char *field_pattern(struct shell *sh, struct expander *x,
			   struct field *f)
{
	char *s = arena_alloc(&sh->scratch, 2 * (f->end - f->start) + 1);
	size_t n = 0;
	for (size_t i = f->start; i < f->end; i++) {
		unsigned fl = x->flags[i];
		if (fl & (XF_MARK | XF_BREAK))
			continue;
		if ((fl & XF_QUOTED) && strchr("\\*?[]!^-", x->buf[i]))
			s[n++] = '\\';
		s[n++] = x->buf[i];
	}
	s[n] = '\0';
	return s;
}

static void field_emit(struct shell *sh, struct expander *x, struct field *f,
		       struct strvec *out)
{
	if (!f->present)
		return;
	size_t before = out->len;
	char *pat = f->magic && !sh->opts.noglob ? field_pattern(sh, x, f) : NULL;
	if (pat && pattern_has_magic(pat) && pattern_glob(pat, out) > 0) {
		for (size_t i = before; i < out->len; i++) {
			char *s = arena_strdup(&sh->scratch, out->items[i]);
			free(out->items[i]);
			out->items[i] = s;
		}
	} else {
		strvec_push(out, field_text(sh, x, f));
	}
	f->magic = false;
	f->present = false;
}

/* What a byte is to field splitting: a table made once per word, as a
 * search of IFS for every byte is the cost of splitting long values. */
enum ifs_class { IFS_NONE, IFS_OTHER, IFS_WHITE };

static void ifs_classes(const char *ifs, unsigned char cls[256])
{
	memset(cls, IFS_NONE, 256);
	for (; *ifs; ifs++) {
		unsigned char c = (unsigned char)*ifs;
		cls[c] = c == ' ' || c == '\t' || c == '\n' ? IFS_WHITE : IFS_OTHER;
	}
}

/* The class of byte i of x: IFS_NONE unless it came from an expansion. */
static enum ifs_class ifs_class_at(const struct expander *x, size_t i,
				   const unsigned char cls[256])
{
	if ((x->flags[i] & (XF_SPLIT | XF_MARK)) != XF_SPLIT)
		return IFS_NONE;
	return (enum ifs_class)cls[(unsigned char)x->buf[i]];
}

static void split_fields(struct shell *sh, struct expander *x,
			 struct strvec *out)
{
	unsigned char cls[256];
	ifs_classes(ifs_value(sh), cls);
	struct field f = { 0 };
	size_t i = 0;
	while (i < x->len) {
		if (x->flags[i] & XF_BREAK) {
			field_emit(sh, x, &f, out);
			i++;
			continue;
		}
		enum ifs_class k = ifs_class_at(x, i, cls);
		if (k == IFS_NONE) {
			field_add(&f, x, i);
			i++;
			continue;
		}
		/* An IFS byte from an expansion: a field ends here. */
		bool white = k == IFS_WHITE;
		if (white && !f.present) {
			/* Leading IFS white space is skipped, not a delimiter. */
			i++;
			continue;
		}
		if (!white && !f.present) {
			/* A delimiter ends even an empty field. */
			f.present = true;
			f.start = f.end = i;
		}
		field_emit(sh, x, &f, out);
		i++;
		if (white) {
			while (i < x->len && ifs_class_at(x, i, cls) == IFS_WHITE)
				i++;
			if (i < x->len && ifs_class_at(x, i, cls) == IFS_OTHER)
				i++;  /* white space around a delimiter */
		}
		while (i < x->len && ifs_class_at(x, i, cls) == IFS_WHITE)
			i++;
	}
	field_emit(sh, x, &f, out);
}

/* --- Public entry points --- */

int expand_words(struct shell *sh, struct word *const *words, int nwords,
		 struct strvec *out)
{
	for (int i = 0; i < nwords; i++) {
		const struct word *w = words[i];
		if (w->flags & WORD_PLAIN) {
			strvec_push(out, (char *)w->text);
			continue;
		}
		struct expander x = { .sh = sh };
		if (expand_parts(&x, w, 0) < 0) {
			xb_free(&x);
			return -1;
		}
		split_fields(sh, &x, out);
		xb_free(&x);
	}
	return 0;
}

static char *xb_to_string(struct shell *sh, struct expander *x)
{
	char *s = arena_alloc(&sh->scratch, x->len + 1);
	if (!x->holes) {  /* the bytes as they are: one copy */
		if (x->len)
			memcpy(s, x->buf, x->len);
		s[x->len] = '\0';
		return s;
	}
	size_t n = 0;
	for (size_t i = 0; i < x->len; i++) {
		if ((x->flags[i] & XF_MARK) || !x->buf[i])
			continue;
		s[n++] = x->buf[i];
	}
	s[n] = '\0';
	return s;
}

static char *expand_single(struct shell *sh, const struct word *w,
			   unsigned ctx)
{
	if (w->flags & WORD_PLAIN)
		return (char *)w->text;
	struct expander x = { .sh = sh };
	char *s = NULL;
	if (expand_parts(&x, w, ctx) == 0)
		s = xb_to_string(sh, &x);
	xb_free(&x);
	return s;
}

char *expand_word(struct shell *sh, const struct word *w)
{
	return expand_single(sh, w, 0);
}

char *expand_assignment_value(struct shell *sh, const struct word *value)
{
	return expand_single(sh, value, CTX_ASSIGN);
}

char *expand_pattern(struct shell *sh, const struct word *w)
{
	if (w->flags & WORD_PLAIN)
		return (char *)w->text;
	struct expander x = { .sh = sh };
	char *s = NULL;
	if (expand_parts(&x, w, 0) == 0)
		s = xb_to_pattern(sh, &x);
	xb_free(&x);
	return s;
}

char *expand_heredoc(struct shell *sh, const struct word *body)
{
	return expand_single(sh, body, CTX_DQUOTE);
}

/* Parses text as a word of kind and expands it in ctx; NULL after an
 * error. The parsed form lives only for this call. */
static char *expand_text_once(struct shell *sh, const char *text,
			      enum lex_string_kind kind, unsigned ctx)
{
	struct ast_chunk *chunk = ast_chunk_new();
	struct word *w = lex_parse_string(sh, chunk, text, kind);
	char *s = w ? expand_single(sh, w, ctx) : NULL;
	if (s && w && s == w->text)
		s = arena_strdup(&sh->scratch, s);
	ast_chunk_unref(chunk);
	return s;
}

char *expand_prompt(struct shell *sh, const char *ps)
{
	char *s = expand_text_once(sh, ps, LEX_STRING_HEREDOC, CTX_DQUOTE);
	return s ? s : arena_strdup(&sh->scratch, ps);
}

char *expand_string(struct shell *sh, const char *text)
{
	return expand_text_once(sh, text, LEX_STRING_WORD, 0);
}
