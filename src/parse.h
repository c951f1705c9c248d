/* The recursive-descent parser for the shell grammar (XCU 2.10). */
#ifndef COSH_PARSE_H
#define COSH_PARSE_H

#include <stdbool.h>

#include "lex.h"

struct ast_node;
struct ast_chunk;

enum parse_status {
	PARSE_OK,     /* *out holds a command (or NULL for an empty line) */
	PARSE_EOF,    /* end of input */
	PARSE_ERROR,  /* a syntax error was printed */
};

struct parser {
	struct lexer *lx;    /* own_lx, or a lexer shared with an outer parser */
	struct lexer own_lx;
	struct token tok;    /* the current token */
	bool have_tok;
	bool check_alias;    /* the next word may be an alias (XCU 2.3.1) */
};

void parse_init(struct parser *p, struct shell *sh, struct input *in);
/* Parses the next complete command, up to and including its newline,
 * into chunk. */
enum parse_status parse_next(struct parser *p, struct ast_chunk *chunk,
			     struct ast_node **out);
/* True when nothing but the end of a string input is left: the command
 * just parsed is the last one. */
bool parse_at_end(struct parser *p);
/* Called by the lexer after "$(": parses up to the closing ")" into
 * *body (NULL when empty). False after a syntax error. */
bool parse_command_substitution(struct lexer *lx, struct ast_node **body);
/* Parses text (the code of `...`) into *body (NULL when empty) in lx's
 * chunk, its lines counted from lineno. False after a syntax error. */
bool parse_command_text(struct lexer *lx, const char *text, int lineno,
			struct ast_node **body);
/* True when name is a reserved word (XCU 2.4). */
bool parse_is_reserved(const char *name);
/* The shared static text of reserved word name, or NULL. */
const char *parse_reserved_text(const char *name);

#endif
