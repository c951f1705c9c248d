/* The lexer (XCU 2.3): tokens, quoting, here-document bodies, aliases.
 * Each word is built into a tree (word.h) as it is read, with its source
 * text beside it; command substitutions are parsed while lexing and their
 * commands kept in the tree. */
#ifndef COSH_LEX_H
#define COSH_LEX_H

#include <stdbool.h>

#include "strbuf.h"

struct shell;
struct input;
struct ast_chunk;
struct ast_redir;
struct word;

enum token_kind {
	TOKEN_WORD,
	TOKEN_IO_NUMBER,
	TOKEN_NEWLINE,
	TOKEN_EOF,
	TOKEN_AND_IF,     /* && */
	TOKEN_OR_IF,      /* || */
	TOKEN_DSEMI,      /* ;; */
	TOKEN_SEMI_AND,   /* ;& */
	TOKEN_AMP,        /* & */
	TOKEN_SEMI,       /* ; */
	TOKEN_PIPE,       /* | */
	TOKEN_LPAREN,     /* ( */
	TOKEN_RPAREN,     /* ) */
	TOKEN_LESS,       /* < */
	TOKEN_GREAT,      /* > */
	TOKEN_DGREAT,     /* >> */
	TOKEN_DLESS,      /* << */
	TOKEN_DLESSDASH,  /* <<- */
	TOKEN_LESSAND,    /* <& */
	TOKEN_GREATAND,   /* >& */
	TOKEN_LESSGREAT,  /* <> */
	TOKEN_CLOBBER,    /* >| */
	TOKEN_ERROR,      /* a lexical error was reported */
};

struct lex_alias;

struct token {
	enum token_kind kind;
	char *text;       /* WORD, IO_NUMBER: source text, in the chunk */
	struct word *word;  /* WORD: the parsed word, in the chunk; NULL for a
			       reserved word (parse.c makes it when needed) */
	bool quoted;      /* the word has a quote or backslash */
	bool reserved;    /* an unquoted reserved word (in any position) */
	int lineno;
	struct lex_alias *origin;  /* alias whose value the word came from */
};

struct lex_alias {
	struct lex_alias *prev;
	const char *name;   /* alias being expanded (recursion guard) */
	const char *text;
	size_t pos;
	bool blank_after;   /* value ends in a blank: check next word too */
	int saved[4];       /* input bytes given back before the alias was
			       pushed: they come after its value */
	struct lex_alias *saved_origin[4];
	int nsaved;
	unsigned seq;       /* order of pushing, for the recorded texts */
};

/* A word being read. Its text gets every byte read while it is open,
 * except the bytes of aliases expanded inside it (in a command
 * substitution): those come from aliases pushed after it opened. */
struct lex_record {
	struct strbuf *buf;
	unsigned alias_floor;  /* aliases with seq below this are its own */
};

struct lex_heredoc {
	struct lex_heredoc *next;
	struct ast_redir *redir;
	bool strip_tabs;
};

struct lexer {
	struct shell *sh;
	struct input *in;
	struct ast_chunk *chunk;   /* where token texts go */
	struct lex_alias *alias;
	struct lex_heredoc *heredocs;  /* bodies to read after the newline */
	struct lex_record *records;  /* the words being read, outermost first */
	int nrecords;
	int caprecords;
	unsigned alias_seq;        /* aliases pushed so far */
	struct strbuf word;        /* the text of a top-level word */
	struct strbuf lit;         /* its literal runs (reused buffer) */
	struct strbuf name;        /* a parameter name being read */
	int unget[4];
	struct lex_alias *unget_origin[4];
	int nunget;
	struct lex_alias *origin;  /* where the last byte came from */
	bool error;
	int depth;                 /* nesting of command substitutions */
	int nesting;               /* nesting of commands being parsed */
};

void lex_init(struct lexer *lx, struct shell *sh, struct input *in);
/* Reads the next token. Errors are printed and give TOKEN_ERROR. */
struct token lex_next(struct lexer *lx);
/* Queues a here-document whose body follows the next newline. */
void lex_queue_heredoc(struct lexer *lx, struct ast_redir *redir,
		       bool strip_tabs);
/* Pushes an alias value to be read before the rest of the input. */
void lex_push_alias(struct lexer *lx, const char *name, const char *value);
/* Frees what the lexer holds (at the end of its input). */
void lex_free(struct lexer *lx);
/* Frees the alias stack (end of input or error recovery). */
void lex_free_aliases(struct lexer *lx);
/* True when tok came from the value of alias name (directly or through
 * nested aliases): it must not be expanded again. */
bool lex_alias_active(struct lexer *lx, const struct token *tok,
		      const char *name);
/* Line of the next character. */
int lex_lineno(struct lexer *lx);
/* Removes quotes from a here-document delimiter word. */
char *lex_unquote_delimiter(struct lexer *lx, const char *word,
			    bool *quoted);
enum lex_string_kind {
	LEX_STRING_WORD,     /* the string is one word: blanks are bytes */
	LEX_STRING_HEREDOC,  /* like a here-document body (prompts) */
};
/* Parses text as one word into chunk (lines counted from sh->lineno);
 * text must outlive the word. Returns NULL after a syntax error was
 * printed. */
struct word *lex_parse_string(struct shell *sh, struct ast_chunk *chunk,
			      const char *text, enum lex_string_kind kind);
/* Prints a syntax error at the current line and marks the lexer. */
void lex_syntax_error(struct lexer *lx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
