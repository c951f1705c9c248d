#include "lex.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "error.h"
#include "input.h"
#include "parse.h"
#include "shell.h"
#include "word.h"

void lex_init(struct lexer *lx, struct shell *sh, struct input *in)
{
	memset(lx, 0, sizeof *lx);
	lx->sh = sh;
	lx->in = in;
}

int lex_lineno(struct lexer *lx)
{
	return lx->in->lineno;
}

void lex_syntax_error(struct lexer *lx, const char *fmt, ...)
{
	if (lx->error)
		return;
	lx->error = true;
	if (lx->in->interrupted)
		return;  /* Ctrl-C ended the read: not an error to report */
	struct strbuf sb = { 0 };
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	lx->sh->lineno = lex_lineno(lx);
	error_print(lx->sh, "syntax error: %s", strbuf_str(&sb));
	strbuf_release(&sb);
}

static void lex_alias_free(struct lex_alias *a)
{
	free((char *)a->name);
	free((char *)a->text);
	free(a);
}

/* Alias text that has been read to its end stays on the stack (as the
 * recursion guard of XCU 2.3.1) until the next token starts. */
static void lex_pop_finished_aliases(struct lexer *lx)
{
	while (lx->alias && lx->alias->pos >= strlen(lx->alias->text) &&
	       lx->alias->nsaved == 0) {
		struct lex_alias *a = lx->alias;
		lx->alias = a->prev;
		lex_alias_free(a);
	}
}

static inline int lex_raw_getc(struct lexer *lx)
{
	if (lx->nunget) {
		lx->nunget--;
		lx->origin = lx->unget_origin[lx->nunget];
		return lx->unget[lx->nunget];
	}
	for (struct lex_alias *a = lx->alias; a; a = a->prev) {
		size_t len = strlen(a->text);
		if (a->pos < len) {
			lx->origin = a;
			return (unsigned char)a->text[a->pos++];
		}
		if (a->nsaved) {
			a->nsaved--;
			lx->origin = a->saved_origin[a->nsaved];
			return a->saved[a->nsaved];
		}
	}
	lx->origin = NULL;
	/* The common case without a call: a buffered byte, no set -v. */
	struct input *in = lx->in;
	if (in->pos < in->len && !(in->verbose_echo && lx->sh->opts.verbose)) {
		unsigned char c = (unsigned char)in->buf[in->pos++];
		if (c == '\n')
			in->lineno++;
		return c;
	}
	return input_getc(lx->sh, lx->in);
}

/* Whether the byte just read (from lx->origin) belongs to record r. */
static bool lex_recorded_in(const struct lexer *lx, const struct lex_record *r)
{
	return !lx->origin || lx->origin->seq < r->alias_floor;
}

static int lex_getc_slow(struct lexer *lx)
{
	int c = lex_raw_getc(lx);
	if (c < 0)
		return c;
	for (int i = 0; i < lx->nrecords; i++)
		if (lex_recorded_in(lx, &lx->records[i]))
			strbuf_addc(lx->records[i].buf, (char)c);
	return c;
}

/* The next byte, recorded in the words being read. Inline for the usual
 * case (a buffered byte of the input, one word open), which is most of
 * the bytes of a script. */
static inline int lex_getc(struct lexer *lx)
{
	struct input *in = lx->in;
	if (lx->nunget || lx->alias || lx->nrecords > 1 ||
	    in->pos >= in->len || (in->verbose_echo && lx->sh->opts.verbose))
		return lex_getc_slow(lx);
	unsigned char c = (unsigned char)in->buf[in->pos++];
	if (c == '\n')
		in->lineno++;
	lx->origin = NULL;
	if (lx->nrecords)
		strbuf_addc(lx->records[0].buf, (char)c);
	return c;
}

/* Drops the last n recorded bytes (read back, or a removed
 * backslash-newline) from the records that got them. */
static void lex_unrecord(struct lexer *lx, size_t n)
{
	for (int i = 0; i < lx->nrecords; i++) {
		struct strbuf *b = lx->records[i].buf;
		if (lex_recorded_in(lx, &lx->records[i]) && b->len >= n) {
			b->len -= n;
			b->data[b->len] = '\0';
		}
	}
}

static void lex_ungetc(struct lexer *lx, int c)
{
	if (c >= 0)
		lex_unrecord(lx, 1);
	lx->unget_origin[lx->nunget] = lx->origin;
	lx->unget[lx->nunget++] = c;
}

static void lex_push_record(struct lexer *lx, struct strbuf *buf)
{
	if (lx->nrecords == lx->caprecords) {
		lx->caprecords = lx->caprecords ? lx->caprecords * 2 : 8;
		lx->records = xrealloc(lx->records,
			sizeof *lx->records * (size_t)lx->caprecords);
	}
	lx->records[lx->nrecords].buf = buf;
	lx->records[lx->nrecords].alias_floor = lx->alias_seq;
	lx->nrecords++;
}

void lex_push_alias(struct lexer *lx, const char *name, const char *value)
{
	struct lex_alias *a = xcalloc(1, sizeof *a);
	a->prev = lx->alias;
	/* Copies: the alias may be redefined while its value is read. */
	a->name = xstrdup(name);
	a->text = xstrdup(value);
	size_t len = strlen(value);
	a->blank_after = len && (value[len - 1] == ' ' || value[len - 1] == '\t');
	a->seq = lx->alias_seq++;
	/* Bytes already read back come after the value: the first one
	 * read back is the last one given. */
	for (int i = 0; i < lx->nunget; i++) {
		a->saved[i] = lx->unget[i];
		a->saved_origin[i] = lx->unget_origin[i];
	}
	a->nsaved = lx->nunget;
	lx->nunget = 0;
	lx->alias = a;
}

bool lex_alias_active(struct lexer *lx, const struct token *tok,
		      const char *name)
{
	(void)lx;
	/* Only the text an alias produced (and the aliases it is nested in)
	 * is exempt from expanding that alias again (XCU 2.3.1). */
	for (struct lex_alias *a = tok->origin; a; a = a->prev)
		if (strcmp(a->name, name) == 0)
			return true;
	return false;
}

void lex_queue_heredoc(struct lexer *lx, struct ast_redir *redir,
		       bool strip_tabs)
{
	struct lex_heredoc *h = arena_alloc(&lx->chunk->arena, sizeof *h);
	h->redir = redir;
	h->strip_tabs = strip_tabs;
	h->next = NULL;
	struct lex_heredoc **tail = &lx->heredocs;
	while (*tail)
		tail = &(*tail)->next;
	*tail = h;
}

/* --- Words (XCU 2.3, 2.2, 2.6): read once, built into a tree --- */

/* How the bytes of a piece of text are read. */
struct lex_ctx {
	const char *escapes;  /* bytes a backslash quotes; NULL: every byte */
	const char *stops;    /* unquoted bytes that end the text */
	bool squote;          /* ' starts a single-quoted string */
	bool dquote;          /* " starts a double-quoted part */
	bool in_dquote;       /* nested $ and ` are inside double quotes */
	bool word;            /* a shell word: a delimiter ends it */
	const char *what;     /* construct named when input ends in it; NULL
				 when the end of input ends the text */
};

/* A word of the command line. */
static const struct lex_ctx lex_ctx_word = {
	.squote = true, .dquote = true, .word = true,
};

/* Inside "...". */
static const struct lex_ctx lex_ctx_dquote = {
	.escapes = "$`\"\\", .stops = "\"", .in_dquote = true,
	.what = "quoted string",
};

/* The word of ${x-word} outside double quotes, and every pattern: quotes
 * quote there even inside double quotes (XCU 2.6.2). */
static const struct lex_ctx lex_ctx_brace = {
	.squote = true, .dquote = true, .what = "parameter expansion",
};

/* The word of "${x-word}": a backslash also quotes '}', and "..." nests
 * (XCU 2.6.2); single quotes are plain bytes. */
static const struct lex_ctx lex_ctx_brace_dquoted = {
	.escapes = "$`\"\\}", .dquote = true, .in_dquote = true,
	.what = "parameter expansion",
};

/* The body of an unquoted here-document: only $ ` and \ are special, and a
 * backslash quotes only $ ` \ and newline (XCU 2.7.4). */
static const struct lex_ctx lex_ctx_heredoc = {
	.escapes = "$`\\", .in_dquote = true,
};

/* A whole string taken as one word (ENV, tests): blanks are bytes. */
static const struct lex_ctx lex_ctx_string = {
	.squote = true, .dquote = true,
};

static bool lex_scan_dollar(struct lexer *lx, struct word_builder *b,
			    bool in_dquote);
static bool lex_scan_backquote(struct lexer *lx, struct word_builder *b,
			       bool in_dquote);

static bool lex_unterminated(struct lexer *lx, const char *what)
{
	lex_syntax_error(lx, "unterminated %s", what);
	return false;
}

/* Reads the next byte of an operator or name: a backslash-newline may
 * split those too (XCU 2.2.1). */
static int lex_getc_joined(struct lexer *lx)
{
	for (;;) {
		int c = lex_getc(lx);
		if (c != '\\')
			return c;
		int n = lex_getc(lx);
		if (n != '\n') {
			lex_ungetc(lx, n);
			return c;
		}
		lex_unrecord(lx, 2);
	}
}

static bool lex_scan_single_quote(struct lexer *lx, struct word_builder *b)
{
	word_builder_open_quoted(b);
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "quoted string");
		if (c == '\'')
			return true;
		word_builder_add(b, (char)c, true);
	}
}

/* After a backslash: backslash-newline disappears (XCU 2.2.1); a byte that
 * escapes lets it quote comes out quoted; before any other byte the
 * backslash stays. At the end of input a trailing backslash is literal. */
static void lex_scan_backslash(struct lexer *lx, struct word_builder *b,
			       const char *escapes)
{
	int c = lex_getc(lx);
	if (c == '\n') {
		lex_unrecord(lx, 2);
		return;
	}
	if (c < 0) {
		word_builder_add(b, '\\', true);
		return;
	}
	if (escapes && (c == 0 || !strchr(escapes, c))) {
		word_builder_add(b, '\\', false);
		word_builder_add(b, (char)c, false);
		return;
	}
	word_builder_add(b, (char)c, true);
}

static int lex_scan_text(struct lexer *lx, struct word_builder *b,
			 const struct lex_ctx *ctx);

/* "...": a part of its own, so that "$@" and "" keep their meaning. */
static bool lex_scan_double_quote(struct lexer *lx, struct word_builder *b)
{
	struct word_builder inner;
	word_builder_init(&inner, b->arena);
	bool ok = lex_scan_text(lx, &inner, &lex_ctx_dquote) == '"';
	if (ok)
		word_builder_add_dquote(b, &inner);
	word_builder_release(&inner);
	return ok;
}

/* One byte c of text read in ctx (not a stop byte). */
static bool lex_scan_byte(struct lexer *lx, struct word_builder *b,
			  const struct lex_ctx *ctx, int c)
{
	switch (c) {
	case '\\':
		lex_scan_backslash(lx, b, ctx->escapes);
		return true;
	case '\'':
		if (ctx->squote)
			return lex_scan_single_quote(lx, b);
		break;
	case '"':
		if (ctx->dquote)
			return lex_scan_double_quote(lx, b);
		break;
	case '$':
		return lex_scan_dollar(lx, b, ctx->in_dquote);
	case '`':
		return lex_scan_backquote(lx, b, ctx->in_dquote);
	}
	word_builder_add(b, (char)c, false);
	return true;
}

static bool lex_is_delimiter(int c)
{
	switch (c) {
	case -1: case ' ': case '\t': case '\n': case ';': case '&':
	case '|': case '<': case '>': case '(': case ')':
		return true;
	default:
		return false;
	}
}

/* Bytes that may mean something in some context: every other byte is a
 * literal wherever it is (the fast path of lex_scan_text). */
static const bool lex_maybe_special[256] = {
	[0] = true, [' '] = true, ['\t'] = true, ['\n'] = true, [';'] = true,
	['&'] = true, ['|'] = true, ['<'] = true, ['>'] = true, ['('] = true,
	[')'] = true, ['\\'] = true, ['\''] = true, ['"'] = true, ['$'] = true,
	['`'] = true, ['}'] = true, [':'] = true, ['/'] = true,
};

/* Reads text in ctx into b. Returns the byte that ended it (a stop byte,
 * consumed; a delimiter, given back; -1 at the end of input where that
 * ends it), or -2 after a lexical error. */
static int lex_scan_text(struct lexer *lx, struct word_builder *b,
			 const struct lex_ctx *ctx)
{
	for (;;) {
		int c = lex_getc(lx);
		if (c >= 0 && !lex_maybe_special[c]) {
			word_builder_add(b, (char)c, false);
			continue;
		}
		if (ctx->word && lex_is_delimiter(c)) {
			lex_ungetc(lx, c);
			return c;
		}
		if (c < 0) {
			if (ctx->what)
				return lex_unterminated(lx, ctx->what) ? -1 : -2;
			return -1;
		}
		if (c && ctx->stops && strchr(ctx->stops, c))
			return c;
		if (!lex_scan_byte(lx, b, ctx, c))
			return -2;
	}
}

/* The escape after a backslash in $'...' (XCU 2.2.4). */
static bool lex_scan_dsq_escape(struct lexer *lx, struct word_builder *b,
				int c)
{
	static const char from[] = "\"'\\abefnrtv";
	static const char to[] = "\"'\\\a\b\033\f\n\r\t\v";
	const char *hit = c > 0 ? strchr(from, c) : NULL;
	if (hit) {
		word_builder_add(b, to[hit - from], true);
		return true;
	}
	if (c == 'c') {
		int n = lex_getc(lx);
		if (n < 0)
			return lex_unterminated(lx, "quoted string");
		word_builder_add(b, (char)(n == '?' ? 127 : (n & 0x1f)), true);
		return true;
	}
	bool hex = c == 'x';
	if (!hex && (c < '0' || c > '7')) {
		word_builder_add(b, '\\', true);
		word_builder_add(b, (char)c, true);
		return true;
	}
	unsigned v = hex ? 0 : (unsigned)(c - '0');
	for (int digits = hex ? 0 : 1; digits < (hex ? 2 : 3); digits++) {
		int n = lex_getc(lx);
		bool ok = hex ? n >= 0 && strchr("0123456789abcdefABCDEF", n) && n
			      : n >= '0' && n <= '7';
		if (!ok) {
			lex_ungetc(lx, n);
			break;
		}
		v = v * (hex ? 16 : 8) + (unsigned)(n <= '9' ? n - '0'
						    : (n | 32) - 'a' + 10);
	}
	if (v)  /* a NUL would end the C string: it is dropped */
		word_builder_add(b, (char)v, true);
	return true;
}

/* $'...' (XCU 2.2.4): escapes are decoded here, once. */
static bool lex_scan_dollar_single_quote(struct lexer *lx,
					 struct word_builder *b)
{
	word_builder_open_quoted(b);
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "quoted string");
		if (c == '\'')
			return true;
		if (c != '\\') {
			word_builder_add(b, (char)c, true);
			continue;
		}
		c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "quoted string");
		if (!lex_scan_dsq_escape(lx, b, c))
			return false;
	}
}

/* `...`: a backslash keeps its meaning only before $ ` \ (and " inside
 * double quotes); the text that results is parsed now (XCU 2.6.3). */
static bool lex_scan_backquote(struct lexer *lx, struct word_builder *b,
			       bool in_dquote)
{
	int lineno = lex_lineno(lx);
	struct strbuf code = { 0 };
	bool ok = true;
	for (;;) {
		int c = lex_getc(lx);
		if (c == '\\') {
			c = lex_getc(lx);
			if (c > 0 && !strchr("$`\\", c) && !(c == '"' && in_dquote))
				strbuf_addc(&code, '\\');
		} else if (c == '`') {
			break;
		}
		if (c < 0) {
			ok = lex_unterminated(lx, "command substitution");
			break;
		}
		strbuf_addc(&code, (char)c);
	}
	struct word_part part = { .kind = WORD_CMDSUB };
	if (ok)
		ok = parse_command_text(lx, strbuf_str(&code), lineno,
					&part.u.cmdsub);
	strbuf_release(&code);
	if (ok)
		word_builder_part(b, part);
	return ok;
}

static bool lex_scan_cmdsub(struct lexer *lx, struct word_builder *b)
{
	struct word_part part = { .kind = WORD_CMDSUB };
	if (!parse_command_substitution(lx, &part.u.cmdsub))
		return false;
	word_builder_part(b, part);
	return true;
}

/* $(( ... )): up to the parenthesis that closes the opening pair. The
 * expression is a word of its own: parameters, command substitutions and
 * quotes are read as everywhere else. */
static bool lex_scan_arith(struct lexer *lx, struct word_builder *b)
{
	struct word_builder expr;
	word_builder_init(&expr, b->arena);
	int depth = 2;
	bool ok = true;
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0) {
			ok = lex_unterminated(lx, "arithmetic expansion");
			break;
		}
		if (c == '(') {
			depth++;
		} else if (c == ')') {
			if (depth == 2) {
				int n = lex_getc_joined(lx);
				if (n == ')')
					break;
				lex_ungetc(lx, n);
			}
			if (--depth == 0)
				break;
		} else {
			ok = lex_scan_byte(lx, &expr, &lex_ctx_brace, c);
			if (!ok)
				break;
			continue;
		}
		word_builder_add(&expr, (char)c, false);
	}
	if (ok) {
		struct word_part part = { .kind = WORD_ARITH };
		part.u.inner = word_builder_finish(&expr, NULL);
		word_builder_part(b, part);
	}
	word_builder_release(&expr);
	return ok;
}

static bool lex_is_name_start(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool lex_is_name_byte(int c)
{
	return lex_is_name_start(c) || (c >= '0' && c <= '9');
}

/* XCU 2.5.2 special parameters, positional parameters and names. */
static bool lex_is_param_start(int c)
{
	return lex_is_name_byte(c) || (c > 0 && strchr("@*#?-$!", c));
}

/* Reads a parameter name whose first byte is c; in braces all the digits
 * of a positional parameter are read (${10}), outside only one (XCU
 * 2.6.2). The name is in lx->name. */
static void lex_scan_param_name(struct lexer *lx, int c, bool braced)
{
	strbuf_reset(&lx->name);
	strbuf_addc(&lx->name, (char)c);
	bool digits = c >= '0' && c <= '9';
	if (!lex_is_name_start(c) && !(digits && braced))
		return;
	for (;;) {
		c = lex_getc_joined(lx);
		if (digits ? !(c >= '0' && c <= '9') : !lex_is_name_byte(c))
			break;
		strbuf_addc(&lx->name, (char)c);
	}
	lex_ungetc(lx, c);
}

static struct word_param *lex_new_param(struct lexer *lx, const char *name)
{
	struct word_param *p = arena_alloc(&lx->chunk->arena, sizeof *p);
	memset(p, 0, sizeof *p);
	p->name = name;
	return p;
}

static void lex_add_param(struct word_builder *b, struct word_param *p)
{
	struct word_part part = { .kind = WORD_PARAM };
	part.u.param = p;
	word_builder_part(b, part);
}

static const char *lex_name_copy(struct lexer *lx)
{
	return arena_strndup(&lx->chunk->arena, strbuf_str(&lx->name),
			     lx->name.len);
}

/* $name or ${name}: the name read last. */
static void lex_add_var(struct word_builder *b, struct lexer *lx)
{
	struct word_part part = { .kind = WORD_VAR };
	part.len = (unsigned)lx->name.len;
	part.u.text = lex_name_copy(lx);
	word_builder_part(b, part);
}

/* Reads an operand word of ${...} up to one of stops; returns the stop
 * byte or -2 after an error. */
static int lex_scan_operand(struct lexer *lx, struct word **out,
			    bool in_dquote, const char *stops)
{
	struct lex_ctx ctx = in_dquote ? lex_ctx_brace_dquoted : lex_ctx_brace;
	ctx.stops = stops;
	struct word_builder b;
	word_builder_init(&b, &lx->chunk->arena);
	int stop = lex_scan_text(lx, &b, &ctx);
	if (stop == -1)
		stop = -2;
	if (stop >= 0)
		*out = word_builder_finish(&b, NULL);
	word_builder_release(&b);
	return stop;
}

/* The parameter of ${...} (after the '{'): sets p's name (and LENGTH for
 * ${#x}); returns the byte after the name, which starts the operator. */
static int lex_scan_brace_name(struct lexer *lx, struct word_param *p)
{
	int c = lex_getc_joined(lx);
	if (c == '#') {
		int c2 = lex_getc_joined(lx);
		if (c2 != '}' && lex_is_param_start(c2)) {
			lex_scan_param_name(lx, c2, true);
			int c3 = lex_getc_joined(lx);
			if (c3 == '}') {
				p->name = lex_name_copy(lx);
				p->op = PARAM_LENGTH;
				return c3;
			}
			/* ${#-w} ${#?} ${##w}: '#' is the parameter and what
			 * was read as a name is the operator. */
			p->name = "#";
			if (lx->name.len == 1 && strchr("-?#", lx->name.data[0])) {
				lex_ungetc(lx, c3);
				return lx->name.data[0];
			}
			p->op = PARAM_BAD;
			return c3;
		}
		p->name = "#";
		return c2;
	}
	if (c < 0 || !lex_is_param_start(c)) {
		p->op = PARAM_BAD;
		return c;
	}
	lex_scan_param_name(lx, c, true);
	p->name = lex_name_copy(lx);
	return lex_getc_joined(lx);
}

/* Picks the operator that starts with c; returns false when it is none. */
static bool lex_brace_operator(struct lexer *lx, struct word_param *p, int c)
{
	static const char ops[] = "-=?+";
	static const enum word_param_op op_of[] = {
		PARAM_DEFAULT, PARAM_ASSIGN, PARAM_ERROR, PARAM_ALTERNATIVE,
	};
	const char *hit = c > 0 ? strchr(ops, c) : NULL;
	if (hit) {
		p->op = op_of[hit - ops];
		return true;
	}
	int n = c == '%' || c == '#' || c == '/' ? lex_getc_joined(lx) : -1;
	bool twice = n == c;
	switch (c) {
	case '%':
		p->op = twice ? PARAM_TRIM_LSUFFIX : PARAM_TRIM_SUFFIX;
		break;
	case '#':
		p->op = twice ? PARAM_TRIM_LPREFIX : PARAM_TRIM_PREFIX;
		break;
	case '/':
		p->op = twice ? PARAM_REPLACE_ALL : n == '#' ? PARAM_REPLACE_PREFIX
			: n == '%' ? PARAM_REPLACE_SUFFIX : PARAM_REPLACE;
		twice = twice || n == '#' || n == '%';
		break;
	default:
		return false;
	}
	if (!twice)
		lex_ungetc(lx, n);
	return true;
}

/* The operands of the operator in p, up to the closing '}'. */
static bool lex_scan_brace_operands(struct lexer *lx, struct word_param *p,
				    bool in_dquote)
{
	int stop;
	switch (p->op) {
	case PARAM_SUBSTRING:
		stop = lex_scan_operand(lx, &p->operand, in_dquote, ":}");
		if (stop == ':')
			stop = lex_scan_operand(lx, &p->operand2, in_dquote, "}");
		break;
	case PARAM_REPLACE: case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX: case PARAM_REPLACE_SUFFIX:
		stop = lex_scan_operand(lx, &p->operand, false, "/}");
		if (stop == '/')
			stop = lex_scan_operand(lx, &p->operand2, in_dquote, "}");
		break;
	case PARAM_TRIM_SUFFIX: case PARAM_TRIM_LSUFFIX:
	case PARAM_TRIM_PREFIX: case PARAM_TRIM_LPREFIX:
		stop = lex_scan_operand(lx, &p->operand, false, "}");
		break;
	default:
		stop = lex_scan_operand(lx, &p->operand, in_dquote, "}");
		break;
	}
	return stop == '}';
}

/* ${...} after the '{' (XCU 2.6.2). A form that is not one is kept as
 * PARAM_BAD with its text: the error comes when it is expanded, as in
 * bash. */
static bool lex_scan_brace(struct lexer *lx, struct word_builder *b,
			   bool in_dquote)
{
	struct strbuf *rec = lx->nrecords ? lx->records[lx->nrecords - 1].buf
					   : NULL;
	size_t start = rec && rec->len >= 2 ? rec->len - 2 : 0;
	struct word_param param = { 0 }, *p = &param;
	int c = lex_scan_brace_name(lx, p);
	if (c != '}') {
		if (p->op == PARAM_PLAIN && c == ':') {
			p->colon = true;
			c = lex_getc_joined(lx);
			if (c <= 0 || !strchr("-=?+", c))
				p->op = PARAM_SUBSTRING;
		}
		if (p->op == PARAM_PLAIN && !lex_brace_operator(lx, p, c))
			p->op = PARAM_BAD;
		if (p->op == PARAM_SUBSTRING || p->op == PARAM_BAD)
			lex_ungetc(lx, c);
		if (!lex_scan_brace_operands(lx, p, in_dquote))
			return false;
	}
	if (p->op == PARAM_BAD)
		p->name = rec ? arena_strndup(&lx->chunk->arena,
					      rec->data + start, rec->len - start)
			      : "${...}";
	if (p->op == PARAM_PLAIN) {
		struct word_part part = { .kind = WORD_VAR };
		part.len = (unsigned)strlen(p->name);
		part.u.text = p->name;
		word_builder_part(b, part);
		return true;
	}
	p = lex_new_param(lx, NULL);
	*p = param;
	lex_add_param(b, p);
	return true;
}

/* After '$': ${...}, $(...), $((...)), $'...', a parameter, or a '$' that
 * stands for itself. */
static bool lex_scan_dollar(struct lexer *lx, struct word_builder *b,
			    bool in_dquote)
{
	int c = lex_getc_joined(lx);
	if (c == '{')
		return lex_scan_brace(lx, b, in_dquote);
	if (c == '\'' && !in_dquote)
		return lex_scan_dollar_single_quote(lx, b);
	if (c == '(') {
		int c2 = lex_getc_joined(lx);
		if (c2 == '(')
			return lex_scan_arith(lx, b);
		lex_ungetc(lx, c2);
		return lex_scan_cmdsub(lx, b);
	}
	if (c >= 0 && lex_is_param_start(c)) {
		lex_scan_param_name(lx, c, false);
		lex_add_var(b, lx);
		return true;
	}
	lex_ungetc(lx, c);
	word_builder_add(b, '$', false);
	return true;
}

static bool lex_all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static struct token lex_word(struct lexer *lx, struct token tok)
{
	/* Words nested in command substitutions need their own buffers; the
	 * outermost one reuses the lexer's. */
	bool outermost = lx->nrecords == 0;
	struct strbuf nested = { 0 };
	struct strbuf *text = outermost ? &lx->word : &nested;
	strbuf_reset(text);
	lex_push_record(lx, text);
	struct word_builder b;
	word_builder_init(&b, &lx->chunk->arena);
	if (outermost) {
		b.lit = lx->lit;
		strbuf_reset(&b.lit);
	}
	int stop = lex_scan_text(lx, &b, &lex_ctx_word);
	lx->nrecords--;
	if (stop >= -1) {
		tok.kind = TOKEN_WORD;
		tok.quoted = b.flags & WORD_QUOTED;
		const char *reserved = tok.quoted ? NULL
			: parse_reserved_text(strbuf_str(text));
		tok.reserved = reserved != NULL;
		if (reserved) {
			/* Its word is made by the parser if it is used as one. */
			tok.text = (char *)reserved;
			tok.word = NULL;
		} else {
			tok.text = arena_strndup(&lx->chunk->arena,
						 strbuf_str(text), text->len);
			tok.word = word_builder_finish(&b, tok.text);
		}
	} else {
		tok.kind = TOKEN_ERROR;
	}
	if (outermost) {
		lx->lit = b.lit;
		memset(&b.lit, 0, sizeof b.lit);
	}
	word_builder_release(&b);
	strbuf_release(&nested);
	if (tok.kind == TOKEN_WORD && lex_all_digits(tok.text)) {
		int c = lex_getc(lx);
		if (c == '<' || c == '>')
			tok.kind = TOKEN_IO_NUMBER;
		lex_ungetc(lx, c);
	}
	return tok;
}

/* Reads text (a here-document body, a prompt, a string) as one word in
 * ctx with a lexer of its own; its lines count from lineno. The word
 * keeps text as its source: text must live as long as it. */
static struct word *lex_string_word(struct shell *sh, struct ast_chunk *chunk,
				    const char *text, const struct lex_ctx *ctx,
				    int lineno, int depth)
{
	struct input in;
	input_init_string(&in, text, NULL);
	in.lineno = lineno;
	struct lexer sub;
	lex_init(&sub, sh, &in);
	sub.chunk = chunk;
	sub.depth = depth;
	struct strbuf rec = { 0 };
	lex_push_record(&sub, &rec);
	struct word_builder b;
	word_builder_init(&b, &chunk->arena);
	int stop = lex_scan_text(&sub, &b, ctx);
	sub.nrecords--;
	struct word *w = NULL;
	if (stop == -1 && !sub.error)
		w = word_builder_finish(&b, text);
	word_builder_release(&b);
	strbuf_release(&rec);
	lex_free(&sub);
	return w;
}

struct word *lex_parse_string(struct shell *sh, struct ast_chunk *chunk,
			      const char *text, enum lex_string_kind kind)
{
	const struct lex_ctx *ctx = kind == LEX_STRING_HEREDOC ?
		&lex_ctx_heredoc : &lex_ctx_string;
	return lex_string_word(sh, chunk, text, ctx, sh->lineno, 0);
}

/* Reads one line of a here-document body into line; false at EOF with
 * nothing read. */
static bool lex_read_line(struct lexer *lx, struct strbuf *line)
{
	strbuf_reset(line);
	int c;
	while ((c = lex_getc(lx)) >= 0 && c != '\n')
		strbuf_addc(line, (char)c);
	return c >= 0 || line->len > 0;
}

/* In an unquoted here-document a backslash-newline joins lines before
 * the delimiter is looked for (XCU 2.2.1, 2.7.4). */
static void lex_join_continued(struct lexer *lx, struct strbuf *line)
{
	struct strbuf next = { 0 };
	for (;;) {
		size_t n = 0;
		while (n < line->len && line->data[line->len - 1 - n] == '\\')
			n++;
		if (n % 2 == 0 || !lex_read_line(lx, &next))
			break;
		line->data[--line->len] = '\0';
		strbuf_add(line, strbuf_str(&next), next.len);
	}
	strbuf_release(&next);
}

char *lex_unquote_delimiter(struct lexer *lx, const char *word, bool *quoted)
{
	struct strbuf sb = { 0 };
	*quoted = false;
	for (const char *p = word; *p; p++) {
		if (*p == '\\' && p[1]) {
			*quoted = true;
			strbuf_addc(&sb, *++p);
		} else if (*p == '\'' || *p == '"') {
			*quoted = true;
		} else {
			strbuf_addc(&sb, *p);
		}
	}
	char *s = arena_strndup(&lx->chunk->arena, strbuf_str(&sb), sb.len);
	strbuf_release(&sb);
	return s;
}

/* XCU 2.7.4: the bodies of the here-documents of a line follow it. */
static void lex_read_heredocs(struct lexer *lx)
{
	struct strbuf line = { 0 };
	for (struct lex_heredoc *h = lx->heredocs; h; h = h->next) {
		struct strbuf body = { 0 };
		const char *delim = h->redir->word;
		int first_line = lex_lineno(lx);
		for (;;) {
			if (!lex_read_line(lx, &line))
				break;  /* end of file ends the body, as in dash */
			size_t skip = 0;
			if (h->strip_tabs)
				while (strbuf_str(&line)[skip] == '\t')
					skip++;
			if (!h->redir->heredoc_quoted)
				lex_join_continued(lx, &line);
			const char *text = strbuf_str(&line) + skip;
			if (strcmp(text, delim) == 0)
				break;
			strbuf_adds(&body, text);
			strbuf_addc(&body, '\n');
		}
		h->redir->heredoc = arena_strndup(&lx->chunk->arena,
						  strbuf_str(&body), body.len);
		strbuf_release(&body);
		/* An unquoted body is parsed now, once, like a word in
		 * double quotes (XCU 2.7.4). */
		if (!h->redir->heredoc_quoted) {
			h->redir->body = lex_string_word(lx->sh, lx->chunk,
				h->redir->heredoc, &lex_ctx_heredoc, first_line,
				lx->depth);
			if (!h->redir->body)
				lx->error = true;
		}
	}
	strbuf_release(&line);
	lx->heredocs = NULL;
}

static enum token_kind lex_operator(struct lexer *lx, int c)
{
	int n = lex_getc_joined(lx);
	enum token_kind kind;
	switch (c) {
	case '&':
		if (n == '&')
			return TOKEN_AND_IF;
		kind = TOKEN_AMP;
		break;
	case '|':
		if (n == '|')
			return TOKEN_OR_IF;
		kind = TOKEN_PIPE;
		break;
	case ';':
		if (n == ';')
			return TOKEN_DSEMI;
		if (n == '&')
			return TOKEN_SEMI_AND;
		kind = TOKEN_SEMI;
		break;
	case '(':
		kind = TOKEN_LPAREN;
		break;
	case ')':
		kind = TOKEN_RPAREN;
		break;
	case '<':
		if (n == '<') {
			int m = lex_getc_joined(lx);
			if (m == '-')
				return TOKEN_DLESSDASH;
			lex_ungetc(lx, m);
			return TOKEN_DLESS;
		}
		if (n == '&')
			return TOKEN_LESSAND;
		if (n == '>')
			return TOKEN_LESSGREAT;
		kind = TOKEN_LESS;
		break;
	default: /* '>' */
		if (n == '>')
			return TOKEN_DGREAT;
		if (n == '&')
			return TOKEN_GREATAND;
		if (n == '|')
			return TOKEN_CLOBBER;
		kind = TOKEN_GREAT;
		break;
	}
	lex_ungetc(lx, n);
	return kind;
}

/* Skips blanks, comments and backslash-newlines; returns the next byte. */
static int lex_skip_blanks(struct lexer *lx)
{
	for (;;) {
		int c = lex_getc(lx);
		if (c == ' ' || c == '\t')
			continue;
		if (c == '#') {
			while ((c = lex_getc(lx)) >= 0 && c != '\n')
				;
			return c;
		}
		if (c == '\\') {
			int n = lex_getc(lx);
			if (n == '\n') {
				lex_unrecord(lx, 2);
				continue;
			}
			lex_ungetc(lx, n);
		}
		return c;
	}
}

struct token lex_next(struct lexer *lx)
{
	struct token tok = { .kind = TOKEN_EOF };
	if (lx->error) {
		tok.kind = TOKEN_ERROR;
		return tok;
	}
	if (!lx->nunget)
		lex_pop_finished_aliases(lx);
	int c = lex_skip_blanks(lx);
	tok.lineno = lex_lineno(lx);
	tok.origin = lx->origin;
	if (c < 0)
		return tok;
	if (c == '\n') {
		tok.kind = TOKEN_NEWLINE;
		tok.lineno--;
		if (lx->heredocs) {
			lex_read_heredocs(lx);
			if (lx->error)
				tok.kind = TOKEN_ERROR;
		}
		return tok;
	}
	if (strchr("&|;()<>", c)) {
		tok.kind = lex_operator(lx, c);
		return tok;
	}
	lex_ungetc(lx, c);
	return lex_word(lx, tok);
}

void lex_free(struct lexer *lx)
{
	lex_free_aliases(lx);
	strbuf_release(&lx->word);
	strbuf_release(&lx->lit);
	strbuf_release(&lx->name);
	free(lx->records);
	lx->records = NULL;
	lx->nrecords = lx->caprecords = 0;
}

void lex_free_aliases(struct lexer *lx)
{
	while (lx->alias) {
		struct lex_alias *a = lx->alias;
		lx->alias = a->prev;
		lex_alias_free(a);
	}
}
