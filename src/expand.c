#include "expand.h"

#include <errno.h>
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
#include "input.h"
#include "jobs.h"
#include "parse.h"
#include "pattern.h"
#include "shell.h"
#include "strbuf.h"

/* Per-byte marks of the intermediate result (the text after expansions,
 * before splitting, globbing and quote removal). */
#define XF_QUOTED 0x1u  /* quoted: never split, literal in patterns */
#define XF_SPLIT  0x2u  /* from an unquoted expansion: split by IFS */
#define XF_MARK   0x4u  /* no byte: a quoted empty string was here */
#define XF_BREAK  0x8u  /* a field boundary between $@ or $* items; its
			   byte (unless NUL) joins them where no splitting
			   happens */

/* Contexts for expand_text. */
#define CTX_DQUOTE   0x1u  /* inside double quotes */
#define CTX_HEREDOC  0x2u  /* here-document body: only $ ` \ special */
#define CTX_SPLITLIT 0x4u  /* literals of an unquoted ${x-word}: split */
#define CTX_ASSIGN   0x8u  /* assignment value: tilde after ':' too */
#define CTX_BRACEWORD 0x10u /* word of ${x-word}: "..." quotes even inside
			       double quotes */

struct expander {
	struct shell *sh;
	char *buf;
	unsigned char *flags;
	size_t len;
	size_t cap;
	bool error;
};

/* The arrays live in the scratch arena: growing leaves the old copy there
 * until the command's scratch is released, which is cheaper than realloc. */
static void xb_grow(struct expander *x)
{
	size_t cap = x->cap ? x->cap * 2 : 64;
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
		xb_grow(x);
	x->buf[x->len] = c;
	x->flags[x->len] = (unsigned char)flags;
	x->len++;
}

static void xb_addn(struct expander *x, const char *s, size_t n,
		    unsigned flags)
{
	for (size_t i = 0; i < n; i++)
		xb_add(x, s[i], flags);
}

static void xb_free(struct expander *x)
{
	x->buf = NULL;
	x->flags = NULL;
	x->len = x->cap = 0;
}

/* --- Scanning the source text of a word (mirrors lex.c) --- */

static const char *scan_dollar(struct shell *sh, const char *p,
			       const char *end, bool in_dquote);
static size_t param_name_len(const char *p, const char *end);

static const char *scan_squote(const char *p, const char *end)
{
	while (p < end && *p != '\'')
		p++;
	return p < end ? p + 1 : end;
}

/* Up to an unescaped close byte (`...` and $'...'); returns the position
 * after it. */
static const char *scan_escaped(const char *p, const char *end, char close)
{
	while (p < end && *p != close) {
		if (*p == '\\' && p + 1 < end)
			p++;
		p++;
	}
	return p < end ? p + 1 : end;
}

static const char *scan_backquote(const char *p, const char *end)
{
	return scan_escaped(p, end, '`');
}

static const char *scan_dquote(struct shell *sh, const char *p,
			       const char *end)
{
	while (p < end && *p != '"') {
		if (*p == '\\' && p + 1 < end)
			p += 2;
		else if (*p == '$')
			p = scan_dollar(sh, p + 1, end, true);
		else if (*p == '`')
			p = scan_backquote(p + 1, end);
		else
			p++;
	}
	return p < end ? p + 1 : end;
}

/* One step over p inside ${...} or $((...)): a quoted part or a nested
 * expansion is skipped whole (single quotes only outside double quotes). */
static const char *scan_inner(struct shell *sh, const char *p,
			      const char *end, bool in_dquote)
{
	if (*p == '\\' && p + 1 < end)
		return p + 2;
	if (*p == '\'' && !in_dquote)
		return scan_squote(p + 1, end);
	if (*p == '"')
		return scan_dquote(sh, p + 1, end);
	if (*p == '$')
		return scan_dollar(sh, p + 1, end, in_dquote);
	if (*p == '`')
		return scan_backquote(p + 1, end);
	return p + 1;
}

/* Returns the position of the '}' closing a ${ whose text starts at p. */
static const char *scan_brace(struct shell *sh, const char *p,
			      const char *end, bool in_dquote)
{
	const char *name_end = p + param_name_len(p, end);
	if (p < end && *p == '#')
		name_end = p + 1 + param_name_len(p + 1, end);
	/* XCU 2.6.2: in the pattern of ${x%w} ${x#w} quoting characters
	 * quote even inside double quotes. */
	if (name_end < end && (*name_end == '%' || *name_end == '#'))
		in_dquote = false;
	while (p < end && *p != '}')
		p = scan_inner(sh, p, end, in_dquote);
	return p;
}

/* Returns the position of the ')' closing $( ... ), found by parsing. */
static const char *scan_cmdsub(struct shell *sh, const char *p,
			       const char *end)
{
	char *text = xstrndup(p, (size_t)(end - p));
	struct input in;
	input_init_string(&in, text, NULL);
	struct lexer lx;
	lex_init(&lx, sh, &in);
	struct ast_chunk *chunk = ast_chunk_new();
	lx.chunk = chunk;
	int saved_line = sh->lineno;
	const char *close = end;
	if (parse_command_substitution(&lx)) {
		/* Bytes given back to the lexer were read but not used. */
		size_t used = in.pos;
		for (int i = 0; i < lx.nunget; i++)
			if (lx.unget[i] >= 0)
				used--;
		close = p + used - 1;
	}
	sh->lineno = saved_line;
	lex_free(&lx);
	ast_chunk_unref(chunk);
	free(text);
	return close;
}

static const char *scan_arith(struct shell *sh, const char *p,
			      const char *end)
{
	int depth = 2;
	while (p < end) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
		p = scan_inner(sh, p, end, false);
	}
	return end;
}

/* p is just after '$'; returns the position after the construct. */
static const char *scan_dollar(struct shell *sh, const char *p,
			       const char *end, bool in_dquote)
{
	if (p >= end)
		return p;
	if (*p == '\'' && !in_dquote)
		return scan_escaped(p + 1, end, '\'');
	if (*p == '{') {
		const char *q = scan_brace(sh, p + 1, end, in_dquote);
		return q < end ? q + 1 : end;
	}
	if (*p == '(') {
		if (p + 1 < end && p[1] == '(')
			return scan_arith(sh, p + 2, end);
		const char *q = scan_cmdsub(sh, p + 1, end);
		return q < end ? q + 1 : end;
	}
	return p;
}

/* --- Parameters --- */

static int expand_text(struct expander *x, const char *p, const char *end,
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
	unsigned f = (ctx & (CTX_DQUOTE | CTX_HEREDOC)) ? XF_QUOTED : XF_SPLIT;
	xb_addn(x, value, strlen(value), f);
}

/* $@ and $* (XCU 2.5.2). */
static void emit_list(struct expander *x, char which, char *const *argv,
		      int argc, unsigned ctx)
{
	bool quoted = ctx & (CTX_DQUOTE | CTX_HEREDOC);
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
	 * boundary's byte joins them: the first IFS byte for $*, a space for
	 * $@ (XCU 2.5.2). */
	char join = which == '@' ? ' ' : ifs ? ifs[0] : ' ';
	for (int i = 0; i < argc; i++) {
		if (i > 0)
			xb_add(x, join, XF_BREAK);
		if (quoted)
			xb_add(x, 0, XF_MARK | XF_QUOTED);
		emit_value(x, argv[i], ctx);
	}
}

static void emit_params(struct expander *x, char which, unsigned ctx)
{
	emit_list(x, which, x->sh->params.argv, x->sh->params.argc, ctx);
}

static size_t param_name_len(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if (strchr("@*#?-$!", *p) || (*p >= '0' && *p <= '9'))
		return 1;
	size_t n = 0;
	while (p + n < end && (p[n] == '_' || (p[n] >= 'a' && p[n] <= 'z') ||
	       (p[n] >= 'A' && p[n] <= 'Z') ||
	       (n > 0 && p[n] >= '0' && p[n] <= '9')))
		n++;
	return n;
}

static size_t mb_length(const char *s)
{
	size_t n = mbstowcs(NULL, s, 0);
	return n == (size_t)-1 ? strlen(s) : n;
}

/* Expands a word of ${x-word} into a plain string (quote removal done). */
static char *expand_subword(struct expander *x, const char *p,
			    const char *end, unsigned ctx)
{
	struct expander sub = { .sh = x->sh };
	if (expand_text(&sub, p, end, ctx & ~CTX_SPLITLIT) < 0) {
		xb_free(&sub);
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
static char *xb_to_pattern(struct shell *sh, struct expander *x, size_t from)
{
	struct strbuf sb = { 0 };
	for (size_t i = from; i < x->len; i++) {
		unsigned f = x->flags[i];
		if (f & XF_MARK)
			continue;
		char c = x->buf[i];
		if (!c)
			continue;
		if ((f & XF_QUOTED) && strchr("\\*?[]!^-", c))
			strbuf_addc(&sb, '\\');
		strbuf_addc(&sb, c);
	}
	char *s = arena_strndup(&sh->scratch, strbuf_str(&sb), sb.len);
	strbuf_release(&sb);
	return s;
}

static char *expand_subpattern(struct expander *x, const char *p,
			       const char *end)
{
	struct expander sub = { .sh = x->sh };
	char *pat = NULL;
	if (expand_text(&sub, p, end, 0) == 0)
		pat = xb_to_pattern(x->sh, &sub, 0);
	xb_free(&sub);
	return pat;
}

struct param_ref {
	char name[64];
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
		emit_params(x, ref->which, ctx);
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

/* ${x%w} ${x%%w} ${x#w} ${x##w}: XCU 2.6.2. */
/* v with the shortest or longest prefix (#) or suffix (%) matching pat
 * removed; in scratch or pointing into v. */
static const char *trim_value(struct shell *sh, const char *pat,
			      const char *v, char op, bool longest)
{
	if (op == '#') {
		size_t n = pattern_match_prefix(pat, v, longest);
		return n != (size_t)-1 ? v + n : v;
	}
	size_t start = pattern_match_suffix(pat, v, longest);
	return start != (size_t)-1 ? arena_strndup(&sh->scratch, v, start) : v;
}

static int param_trim(struct expander *x, struct param_ref *ref, char op,
		      bool longest, const char *w, const char *wend,
		      unsigned ctx)
{
	if (param_check_set(x, ref) < 0)
		return -1;
	char *pat = expand_subpattern(x, w, wend);
	if (!pat)
		return -1;
	if (!ref->is_params) {
		emit_value(x, trim_value(x->sh, pat, ref->value ? ref->value : "",
					 op, longest), ctx);
		return 0;
	}
	/* $@ and $*: each parameter on its own, as bash and yash do (POSIX
	 * leaves it unspecified). */
	struct params *p = &x->sh->params;
	char **items = arena_alloc(&x->sh->scratch,
				   sizeof *items * (size_t)(p->argc + 1));
	for (int i = 0; i < p->argc; i++)
		items[i] = (char *)trim_value(x->sh, pat, p->argv[i], op, longest);
	emit_list(x, ref->which, items, p->argc, ctx);
	return 0;
}

static int param_assign_default(struct expander *x, struct param_ref *ref,
				const char *w, const char *wend, unsigned ctx)
{
	if (!vars_is_name(ref->name))
		return param_error(x, "%s: cannot assign in this way%s",
				   ref->name, "");
	char *value = expand_subword(x, w, wend, ctx | CTX_ASSIGN);
	if (!value)
		return -1;
	if (vars_set(x->sh, ref->name, value, 0) < 0) {
		x->error = true;
		return -1;
	}
	emit_value(x, value, ctx);
	return 0;
}

/* The operators of XCU 2.6.2 after the parameter name. */
static int param_apply(struct expander *x, struct param_ref *ref,
		       const char *op, const char *end, unsigned ctx)
{
	bool colon = *op == ':';
	if (colon)
		op++;
	char c = *op;
	const char *w = op + 1;
	bool absent = colon ? param_is_null(ref, x->sh)
			    : param_is_unset(ref, x->sh);
	unsigned wctx = (ctx & CTX_DQUOTE ? ctx : ctx | CTX_SPLITLIT) |
			CTX_BRACEWORD;
	switch (c) {
	case '-':
		if (absent)
			return expand_text(x, w, end, wctx);
		param_emit(x, ref, ctx);
		return 0;
	case '+':
		if (!absent)
			return expand_text(x, w, end, wctx);
		return 0;
	case '=':
		if (absent)
			return param_assign_default(x, ref, w, end, ctx);
		param_emit(x, ref, ctx);
		return 0;
	case '?':
		if (absent) {
			char *msg = w < end ? expand_subword(x, w, end, ctx) : NULL;
			return param_error(x, "%s: %s", ref->name,
				msg ? msg : (colon ? "parameter null or not set"
						   : "parameter not set"));
		}
		param_emit(x, ref, ctx);
		return 0;
	case '%':
	case '#':
		if (colon)
			break;
		if (w < end && *w == c)
			return param_trim(x, ref, c, true, w + 1, end, ctx);
		return param_trim(x, ref, c, false, w, end, ctx);
	}
	return param_error(x, "${%s...}: bad substitution%s", ref->name, "");
}

static void param_lookup(struct expander *x, struct param_ref *ref,
			 const char *name, size_t n)
{
	if (n >= sizeof ref->name)
		n = sizeof ref->name - 1;
	memcpy(ref->name, name, n);
	ref->name[n] = '\0';
	ref->is_params = n == 1 && (name[0] == '@' || name[0] == '*');
	ref->which = name[0];
	ref->value = ref->is_params ? NULL : param_get(x->sh, ref->name);
}

/* ${#...}: a length when a parameter alone follows the '#' (otherwise
 * # is the parameter and an operator follows, as in ${#-w}). */
static bool brace_is_length(const char *p, const char *close)
{
	size_t n = param_name_len(p, close);
	if (n == 1 && *p >= '0' && *p <= '9')
		while (p + n < close && p[n] >= '0' && p[n] <= '9')
			n++;
	return n > 0 && p + n == close;
}

/* ${...} with p after '{' and close at the '}'. */
static int expand_brace(struct expander *x, const char *p, const char *close,
			unsigned ctx)
{
	struct param_ref ref;
	bool length = false;
	if (*p == '#' && p + 1 < close && brace_is_length(p + 1, close)) {
		length = true;
		p++;
	}
	size_t n = param_name_len(p, close);
	if (n > 1 && p[0] >= '0' && p[0] <= '9')
		n = 0;
	if (n == 1 && p[0] >= '0' && p[0] <= '9')
		while (p + n < close && p[n] >= '0' && p[n] <= '9')
			n++;
	if (n == 0)
		return param_error(x, "${%.*s}: bad substitution", "", "");
	param_lookup(x, &ref, p, n);
	const char *op = p + n;
	if (length) {
		if (op != close)
			return param_error(x, "%s: bad substitution%s", ref.name, "");
		if (param_check_set(x, &ref) < 0)
			return -1;
		size_t len = ref.is_params ? (size_t)x->sh->params.argc
			   : ref.value ? mb_length(ref.value) : 0;
		emit_value(x, scratch_printf_long(x->sh, (long)len), ctx);
		return 0;
	}
	if (op == close) {
		if (param_check_set(x, &ref) < 0)
			return -1;
		param_emit(x, &ref, ctx);
		return 0;
	}
	return param_apply(x, &ref, op, close, ctx);
}

/* --- Command substitution and arithmetic --- */

char *expand_command_output(struct shell *sh, const char *text)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0) {
		error_print(sh, "command substitution: %s", strerror(errno));
		return NULL;
	}
	struct job *job = jobs_new(sh, false);
	pid_t pid = jobs_fork(sh, job);
	if (pid == 0) {
		/* The last command may replace this child (its $PPID is then
		 * the shell, as in other shells). */
		sh->nofork = true;
		close(fds[0]);
		if (fds[1] != 1) {
			dup2(fds[1], 1);
			close(fds[1]);
		}
		int status = exec_string(sh, text, NULL);
		shell_exit(sh, status);
	}
	close(fds[1]);
	struct strbuf out = { 0 };
	char buf[4096];
	for (;;) {
		ssize_t r = read(fds[0], buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		strbuf_add(&out, buf, (size_t)r);
	}
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

static int expand_cmdsub(struct expander *x, const char *text, size_t len,
			 unsigned ctx)
{
	char *code = xstrndup(text, len);
	char *out = expand_command_output(x->sh, code);
	free(code);
	if (!out)
		return -1;
	emit_value(x, out, ctx);
	return 0;
}

/* `...`: backslash escapes only $ ` \ (and " inside double quotes). */
static int expand_backquote(struct expander *x, const char *p,
			    const char *close, unsigned ctx)
{
	struct strbuf code = { 0 };
	for (; p < close; p++) {
		if (*p == '\\' && p + 1 < close &&
		    (strchr("$`\\", p[1]) || (p[1] == '"' && (ctx & CTX_DQUOTE))))
			p++;
		strbuf_addc(&code, *p);
	}
	int r = expand_cmdsub(x, strbuf_str(&code), code.len, ctx);
	strbuf_release(&code);
	return r;
}

static int expand_arith(struct expander *x, const char *p, const char *end,
			unsigned ctx)
{
	char *expr = expand_subword(x, p, end, CTX_DQUOTE);
	if (!expr)
		return -1;
	long v;
	if (arith_eval(x->sh, expr, &v) < 0) {
		x->error = true;
		return -1;
	}
	emit_value(x, scratch_printf_long(x->sh, v), ctx);
	return 0;
}

/* Decodes the escape after a backslash in $'...'; returns the position
 * after it (XCU 2.2.4). */
static const char *dsq_escape(struct expander *x, const char *p,
			      const char *end)
{
	static const char from[] = "\"'\\abefnrtv";
	static const char to[] = "\"'\\\a\b\033\f\n\r\t\v";
	const char *hit = strchr(from, *p);
	if (hit) {
		xb_add(x, to[hit - from], XF_QUOTED);
		return p + 1;
	}
	unsigned v = 0;
	int n = 0;
	if (*p == 'c' && p + 1 < end) {
		xb_add(x, (char)(p[1] == '?' ? 127 : (p[1] & 0x1f)), XF_QUOTED);
		return p + 2;
	}
	if (*p == 'x') {
		for (p++; n < 2 && p < end && strchr("0123456789abcdefABCDEF", *p);
		     n++, p++)
			v = v * 16 + (unsigned)(*p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10);
	} else if (*p >= '0' && *p <= '7') {
		for (; n < 3 && p < end && *p >= '0' && *p <= '7'; n++, p++)
			v = v * 8 + (unsigned)(*p - '0');
	} else {
		xb_add(x, '\\', XF_QUOTED);
		xb_add(x, *p, XF_QUOTED);
		return p + 1;
	}
	if (v)  /* a NUL ends nothing in a C string: it is dropped */
		xb_add(x, (char)v, XF_QUOTED);
	return p;
}

static const char *expand_dollar_squote(struct expander *x, const char *p,
					const char *end)
{
	xb_add(x, 0, XF_MARK | XF_QUOTED);
	while (p < end && *p != '\'') {
		if (*p == '\\' && p + 1 < end)
			p = dsq_escape(x, p + 1, end);
		else
			xb_add(x, *p++, XF_QUOTED);
	}
	return p < end ? p + 1 : end;
}

/* p is after '$'. Returns the position after the construct. */
static const char *expand_dollar(struct expander *x, const char *p,
				 const char *end, unsigned ctx)
{
	bool in_dq = ctx & (CTX_DQUOTE | CTX_HEREDOC);
	if (p < end && *p == '\'' && !in_dq)
		return expand_dollar_squote(x, p + 1, end);
	if (p < end && *p == '{') {
		const char *close = scan_brace(x->sh, p + 1, end, in_dq);
		if (close >= end) {
			param_error(x, "%s: bad substitution%s", "${", "");
			return end;
		}
		expand_brace(x, p + 1, close, ctx);
		return close + 1;
	}
	if (p < end && *p == '(') {
		if (p + 1 < end && p[1] == '(') {
			const char *after = scan_arith(x->sh, p + 2, end);
			expand_arith(x, p + 2, after - 2, ctx);
			return after;
		}
		const char *close = scan_cmdsub(x->sh, p + 1, end);
		expand_cmdsub(x, p + 1, (size_t)(close - p - 1), ctx);
		return close < end ? close + 1 : end;
	}
	size_t n = param_name_len(p, end);
	if (n == 0) {
		xb_add(x, '$', in_dq ? XF_QUOTED : 0);
		return p;
	}
	struct param_ref ref;
	param_lookup(x, &ref, p, n);
	if (param_check_set(x, &ref) == 0)
		param_emit(x, &ref, ctx);
	return p + n;
}

/* --- Tilde --- */

static const char *expand_tilde(struct expander *x, const char *p,
				const char *end, unsigned ctx)
{
	const char *q = p + 1;
	while (q < end && *q != '/' && !((ctx & CTX_ASSIGN) && *q == ':')) {
		if (strchr("\\'\"$`", *q))
			return NULL;  /* a quoted login name: no tilde expansion */
		q++;
	}
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

/* --- The main loop over the source text --- */

static const char *expand_backslash(struct expander *x, const char *p,
				    const char *end, unsigned ctx)
{
	/* p is after the backslash. */
	if (p >= end) {
		xb_add(x, '\\', XF_QUOTED);
		return p;
	}
	if (ctx & CTX_HEREDOC) {
		if (*p == '\n')
			return p + 1;
		if (!strchr("$`\\", *p))
			xb_add(x, '\\', XF_QUOTED);
	} else if (ctx & CTX_DQUOTE) {
		/* In "${x-word}" a backslash also quotes '}' (XCU 2.6.2). */
		if (!strchr("$`\"\\\n", *p) &&
		    !(*p == '}' && (ctx & CTX_BRACEWORD)))
			xb_add(x, '\\', XF_QUOTED);
	}
	xb_add(x, *p, XF_QUOTED);
	return p + 1;
}

static bool is_dquote_params(const char *p, const char *close)
{
	size_t n = (size_t)(close - p);
	return (n == 2 && memcmp(p, "$@", 2) == 0) ||
	       (n == 4 && memcmp(p, "${@}", 4) == 0);
}

static int expand_text(struct expander *x, const char *p, const char *end,
		       unsigned ctx)
{
	const char *start = p;
	bool quoted_ctx = ctx & (CTX_DQUOTE | CTX_HEREDOC);
	unsigned lit = quoted_ctx ? XF_QUOTED : (ctx & CTX_SPLITLIT) ? XF_SPLIT : 0;
	while (p < end && !x->error) {
		char c = *p++;
		if (c == '\'' && !quoted_ctx) {
			const char *close = scan_squote(p, end);
			xb_add(x, 0, XF_MARK | XF_QUOTED);
			xb_addn(x, p, (size_t)(close - p - (close[-1] == '\'')),
				XF_QUOTED);
			p = close;
		} else if (c == '"' && (!quoted_ctx || (ctx & CTX_BRACEWORD))) {
			const char *close = scan_dquote(x->sh, p, end);
			const char *inner_end = close > p && close[-1] == '"' ?
				close - 1 : close;
			if (!(is_dquote_params(p, inner_end) &&
			      x->sh->params.argc == 0)) {
				xb_add(x, 0, XF_MARK | XF_QUOTED);
				expand_text(x, p, inner_end,
					    (ctx | CTX_DQUOTE) & ~CTX_BRACEWORD);
			}
			p = close;
		} else if (c == '\\') {
			p = expand_backslash(x, p, end, ctx);
		} else if (c == '$') {
			p = expand_dollar(x, p, end, ctx);
		} else if (c == '`') {
			const char *close = scan_backquote(p, end);
			expand_backquote(x, p, close - (close[-1] == '`'), ctx);
			p = close;
		} else if (c == '~' && !quoted_ctx &&
			   (p - 1 == start || ((ctx & CTX_ASSIGN) && p[-2] == ':'))) {
			const char *after = expand_tilde(x, p - 1, end, ctx);
			if (after)
				p = after;
			else
				xb_add(x, c, lit);
		} else {
			xb_add(x, c, lit);
		}
	}
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
	if (!(x->flags[i] & (XF_QUOTED | XF_MARK)) && strchr("*?[", x->buf[i]))
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

static bool is_ifs_white(char c, const char *ifs)
{
	return (c == ' ' || c == '\t' || c == '\n') && strchr(ifs, c);
}

static void split_fields(struct shell *sh, struct expander *x,
			 struct strvec *out)
{
	const char *ifs = ifs_value(sh);
	struct field f = { 0 };
	size_t i = 0;
	while (i < x->len) {
		char c = x->buf[i];
		unsigned fl = x->flags[i];
		if (fl & XF_BREAK) {
			field_emit(sh, x, &f, out);
			i++;
			continue;
		}
		if (!(fl & XF_SPLIT) || (fl & XF_MARK) || !c || !strchr(ifs, c)) {
			field_add(&f, x, i);
			i++;
			continue;
		}
		/* An IFS byte from an expansion: a field ends here. */
		bool white = is_ifs_white(c, ifs);
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
			while (i < x->len && (x->flags[i] & XF_SPLIT) &&
			       is_ifs_white(x->buf[i], ifs))
				i++;
			if (i < x->len && (x->flags[i] & XF_SPLIT) &&
			    x->buf[i] && strchr(ifs, x->buf[i]) &&
			    !is_ifs_white(x->buf[i], ifs))
				i++;  /* white space around a delimiter */
		}
		while (i < x->len && (x->flags[i] & XF_SPLIT) &&
		       is_ifs_white(x->buf[i], ifs))
			i++;
	}
	field_emit(sh, x, &f, out);
}

/* True when a word has nothing to expand or remove: it is its own field. */
static bool word_is_plain(const char *w)
{
	if (!*w)
		return false;
	for (; *w; w++)
		if (strchr("$`'\"\\~*?[", *w))
			return false;
	return true;
}

/* --- Public entry points --- */

int expand_words(struct shell *sh, char *const *words, int nwords,
		 struct strvec *out)
{
	for (int i = 0; i < nwords; i++) {
		struct expander x = { .sh = sh };
		const char *w = words[i];
		if (word_is_plain(w)) {
			strvec_push(out, (char *)w);
			continue;
		}
		if (expand_text(&x, w, w + strlen(w), 0) < 0) {
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
	size_t n = 0;
	for (size_t i = 0; i < x->len; i++) {
		if ((x->flags[i] & XF_MARK) || !x->buf[i])
			continue;
		s[n++] = x->buf[i];
	}
	s[n] = '\0';
	return s;
}

static char *expand_single(struct shell *sh, const char *word, unsigned ctx)
{
	if (word_is_plain(word) && !(ctx & CTX_HEREDOC))
		return (char *)word;
	struct expander x = { .sh = sh };
	char *s = NULL;
	if (expand_text(&x, word, word + strlen(word), ctx) == 0)
		s = xb_to_string(sh, &x);
	xb_free(&x);
	return s;
}

char *expand_word(struct shell *sh, const char *word)
{
	return expand_single(sh, word, 0);
}

char *expand_assignment_value(struct shell *sh, const char *value)
{
	return expand_single(sh, value, CTX_ASSIGN);
}

char *expand_pattern(struct shell *sh, const char *word)
{
	struct expander x = { .sh = sh };
	char *s = NULL;
	if (expand_text(&x, word, word + strlen(word), 0) == 0)
		s = xb_to_pattern(sh, &x, 0);
	xb_free(&x);
	return s;
}

char *expand_heredoc(struct shell *sh, const char *body)
{
	return expand_single(sh, body, CTX_HEREDOC);
}

char *expand_prompt(struct shell *sh, const char *ps)
{
	char *s = expand_single(sh, ps, CTX_HEREDOC);
	return s ? s : arena_strdup(&sh->scratch, ps);
}
