#include "lex.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "error.h"
#include "input.h"
#include "parse.h"
#include "shell.h"

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

static int lex_raw_getc(struct lexer *lx)
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
	return input_getc(lx->sh, lx->in);
}

/* Whether the byte just read (from lx->origin) belongs to record r. */
static bool lex_recorded_in(const struct lexer *lx, const struct lex_record *r)
{
	return !lx->origin || lx->origin->seq < r->alias_floor;
}

static int lex_getc(struct lexer *lx)
{
	int c = lex_raw_getc(lx);
	if (c < 0)
		return c;
	for (int i = 0; i < lx->nrecords; i++)
		if (lex_recorded_in(lx, &lx->records[i]))
			strbuf_addc(lx->records[i].buf, (char)c);
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

static bool lex_scan_dollar(struct lexer *lx, bool in_dquote);
static bool lex_scan_backquote(struct lexer *lx);

static bool lex_unterminated(struct lexer *lx, const char *what)
{
	lex_syntax_error(lx, "unterminated %s", what);
	return false;
}

static bool lex_scan_single_quote(struct lexer *lx)
{
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "quoted string");
		if (c == '\'')
			return true;
	}
}

/* A backslash outside single quotes: backslash-newline disappears
 * (XCU 2.2.1), anything else is kept for expansion to interpret. */
static bool lex_scan_backslash(struct lexer *lx)
{
	int c = lex_getc(lx);
	/* At end of input a trailing backslash stays literal. */
	if (c == '\n') {
		lex_unrecord(lx, 2);
		return true;
	}
	return false;
}

/* Reads the next byte of an operator: a backslash-newline may split an
 * operator too (XCU 2.2.1). */
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

static bool lex_scan_double_quote(struct lexer *lx)
{
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "quoted string");
		if (c == '"')
			return true;
		if (c == '\\')
			lex_scan_backslash(lx);
		else if (c == '$' && !lex_scan_dollar(lx, true))
			return false;
		else if (c == '`' && !lex_scan_backquote(lx))
			return false;
	}
}

/* Up to an unescaped close byte: `...` and $'...', where a backslash
 * escapes any byte. what names the construct in the error. */
static bool lex_scan_escaped(struct lexer *lx, int close, const char *what)
{
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, what);
		if (c == close)
			return true;
		if (c == '\\' && lex_getc(lx) < 0)
			return lex_unterminated(lx, what);
	}
}

static bool lex_scan_backquote(struct lexer *lx)
{
	return lex_scan_escaped(lx, '`', "command substitution");
}

/* One byte c inside $((...)) or ${...}: quotes and nested expansions are
 * scanned to their end. Single quotes count only outside double quotes.
 * Returns false after a lexical error. */
static bool lex_scan_inner(struct lexer *lx, int c, bool in_dquote)
{
	switch (c) {
	case '\\':
		lex_scan_backslash(lx);
		return true;
	case '\'':
		return in_dquote || lex_scan_single_quote(lx);
	case '"':
		return lex_scan_double_quote(lx);
	case '$':
		return lex_scan_dollar(lx, in_dquote);
	case '`':
		return lex_scan_backquote(lx);
	default:
		return true;
	}
}

/* $(( ... )): up to the parenthesis that closes the opening pair. */
static bool lex_scan_arith(struct lexer *lx)
{
	int depth = 2;
	while (depth > 0) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "arithmetic expansion");
		if (c == '(')
			depth++;
		else if (c == ')')
			depth--;
		else if (!lex_scan_inner(lx, c, false))
			return false;
	}
	return true;
}

static bool lex_is_name_byte(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

static bool lex_scan_brace(struct lexer *lx, bool in_dquote)
{
	/* Where we are: 0 the first byte, 1 in a name, 2 after a special
	 * parameter, 3 in the word after the operator. */
	int state = 0;
	for (;;) {
		int c = lex_getc(lx);
		if (c < 0)
			return lex_unterminated(lx, "parameter expansion");
		if (c == '}')
			return true;
		if (state == 0)
			state = lex_is_name_byte(c) || c == '#' ? 1 : 2;
		else if (state == 2 || (state == 1 && !lex_is_name_byte(c))) {
			/* XCU 2.6.2: in the pattern of ${x%w} ${x#w} quoting
			 * characters quote even inside double quotes. */
			state = 3;
			if (c == '%' || c == '#')
				in_dquote = false;
		}
		if (!lex_scan_inner(lx, c, in_dquote))
			return false;
	}
}

/* $'...' (XCU 2.2.4): a backslash escapes any byte, ' included. */
static bool lex_scan_dollar_single_quote(struct lexer *lx)
{
	return lex_scan_escaped(lx, '\'', "quoted string");
}

/* After '$': ${...}, $(...), $((...)), $'...' or a plain parameter. */
static bool lex_scan_dollar(struct lexer *lx, bool in_dquote)
{
	int c = lex_getc_joined(lx);
	if (c == '{')
		return lex_scan_brace(lx, in_dquote);
	if (c == '\'' && !in_dquote)
		return lex_scan_dollar_single_quote(lx);
	if (c != '(') {
		lex_ungetc(lx, c);
		return true;
	}
	int c2 = lex_getc_joined(lx);
	if (c2 == '(')
		return lex_scan_arith(lx);
	lex_ungetc(lx, c2);
	return parse_command_substitution(lx);
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

/* Reads the rest of a word (its text goes to the innermost record). */
static bool lex_scan_word(struct lexer *lx, bool *quoted)
{
	for (;;) {
		int c = lex_getc(lx);
		if (lex_is_delimiter(c)) {
			lex_ungetc(lx, c);
			return true;
		}
		bool ok = true;
		switch (c) {
		case '\\':
			if (!lex_scan_backslash(lx))
				*quoted = true;
			break;
		case '\'':
			*quoted = true;
			ok = lex_scan_single_quote(lx);
			break;
		case '"':
			*quoted = true;
			ok = lex_scan_double_quote(lx);
			break;
		case '$':
			ok = lex_scan_dollar(lx, false);
			if (lx->nrecords && lx->records[lx->nrecords - 1].buf->len >= 2 &&
			    strbuf_str(lx->records[lx->nrecords - 1].buf)
			    [lx->records[lx->nrecords - 1].buf->len - 1] == '\'')
				*quoted = true;  /* $'...' */
			break;
		case '`':
			ok = lex_scan_backquote(lx);
			break;
		}
		if (!ok)
			return false;
	}
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
	struct strbuf nested = { 0 };
	struct strbuf *word = lx->nrecords ? &nested : &lx->word;
	strbuf_reset(word);
	lex_push_record(lx, word);
	bool ok = lex_scan_word(lx, &tok.quoted);
	lx->nrecords--;
	if (!ok) {
		strbuf_release(&nested);
		tok.kind = TOKEN_ERROR;
		return tok;
	}
	tok.kind = TOKEN_WORD;
	tok.text = arena_strndup(&lx->chunk->arena, strbuf_str(word), word->len);
	tok.reserved = !tok.quoted && parse_is_reserved(tok.text);
	strbuf_release(&nested);
	if (lex_all_digits(tok.text)) {
		int c = lex_getc(lx);
		if (c == '<' || c == '>')
			tok.kind = TOKEN_IO_NUMBER;
		lex_ungetc(lx, c);
	}
	return tok;
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
		if (lx->heredocs)
			lex_read_heredocs(lx);
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
