/* Words as trees (XCU 2.6). The lexer builds one tree per word while it
 * reads the word: literal runs, double-quoted parts, parameter expansions
 * with their operand words, command substitutions holding their parsed
 * commands, arithmetic. Expansion (expand.c) walks the tree and never reads
 * the source text again, so the quoting grammar lives in the lexer alone.
 * The source text stays with the word for printing (jobs, type, trap
 * listings). Trees live in the arena of their chunk and are never changed. */
#ifndef COSH_WORD_H
#define COSH_WORD_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

struct arena;
struct ast_node;

enum word_part_kind {
	WORD_LITERAL,  /* bytes taken as they are */
	WORD_DQUOTE,   /* "..." of several parts: the parts, in u.inner */
	WORD_VAR,      /* $name and ${name}: the name in u.text, len */
	WORD_PARAM,    /* ${...} with an operator */
	WORD_CMDSUB,   /* $(...) and `...` */
	WORD_ARITH,    /* $((...)): the expression as a word, in u.inner */
};

/* The forms of XCU 2.6.2 and the extensions of busybox ash and bash. */
enum word_param_op {
	PARAM_PLAIN,          /* $x ${x} */
	PARAM_LENGTH,         /* ${#x} */
	PARAM_DEFAULT,        /* ${x-w} ${x:-w} */
	PARAM_ASSIGN,         /* ${x=w} ${x:=w} */
	PARAM_ERROR,          /* ${x?w} ${x:?w} */
	PARAM_ALTERNATIVE,    /* ${x+w} ${x:+w} */
	PARAM_TRIM_SUFFIX,    /* ${x%w} */
	PARAM_TRIM_LSUFFIX,   /* ${x%%w} */
	PARAM_TRIM_PREFIX,    /* ${x#w} */
	PARAM_TRIM_LPREFIX,   /* ${x##w} */
	PARAM_SUBSTRING,      /* ${x:off} ${x:off:len} */
	PARAM_REPLACE,        /* ${x/p/r} */
	PARAM_REPLACE_ALL,    /* ${x//p/r} */
	PARAM_REPLACE_PREFIX, /* ${x/#p/r} */
	PARAM_REPLACE_SUFFIX, /* ${x/%p/r} */
	PARAM_BAD,            /* not a form: an error when expanded */
};

struct word;

struct word_param {
	const char *name;      /* x, 1, 10, @, #, ...; for PARAM_BAD the
				  text of the whole ${...} */
	enum word_param_op op;
	bool colon;            /* ${x:-w}: a null value counts as unset */
	struct word *operand;  /* the word after the operator (pattern,
				  offset); NULL for PLAIN and LENGTH */
	struct word *operand2; /* replacement or length; NULL if absent */
};

struct word_part {
	unsigned char kind;   /* enum word_part_kind */
	bool quoted;          /* literal: from quotes or a backslash; other
				 parts: alone in double quotes ("$x" is
				 one part, not a WORD_DQUOTE) */
	unsigned len;         /* literal, var: length of u.text */
	union {
		const char *text;         /* literal; var: the name */
		struct word *inner;       /* dquote, arith */
		struct word_param *param;
		struct ast_node *cmdsub;  /* NULL for an empty $() */
	} u;
};

/* Flags of a word. */
#define WORD_QUOTED 0x1u  /* has a quote or backslash (no reserved word,
			     no alias) */
#define WORD_PLAIN  0x2u  /* one unquoted literal, its text, with nothing
			     to expand, split or match: its own field */

struct word {
	const char *text;     /* source text, quotes included ("" for inner
				 words) */
	unsigned flags;
	unsigned nparts;
	struct word_part parts[];
};

/* Collects the parts of a word while the lexer reads it. */
struct word_builder {
	struct arena *arena;      /* where the finished word goes */
	struct strbuf lit;        /* the literal run being read */
	bool lit_open;
	bool lit_quoted;
	struct word_part *parts;  /* local, or malloc'd when it outgrows it */
	unsigned nparts;
	unsigned cap;
	unsigned flags;
	struct word_part local[4];
};

void word_builder_init(struct word_builder *b, struct arena *arena);
/* Frees what the builder holds (not the words it finished). */
void word_builder_release(struct word_builder *b);
/* Starts a literal run of the given quoting (ending the one before). */
void word_builder_switch(struct word_builder *b, bool quoted);
/* Appends a literal byte; runs of the same quoting make one part. Inline:
 * the lexer calls it for most bytes of a script. */
static inline void word_builder_add(struct word_builder *b, char c,
				    bool quoted)
{
	if (!b->lit_open || b->lit_quoted != quoted)
		word_builder_switch(b, quoted);
	strbuf_addc(&b->lit, c);
}
/* Opens a quoted literal even if no byte follows ('' and $''). */
void word_builder_open_quoted(struct word_builder *b);
/* Appends a part that is not a literal. */
void word_builder_part(struct word_builder *b, struct word_part part);
/* The word built so far with its source text (NULL for an inner word:
 * ""); the builder is empty afterwards. */
struct word *word_builder_finish(struct word_builder *b, const char *text);

/* The value of an assignment word name=value, where namelen is the length
 * of name: a word sharing w's parts after the '='. In arena. */
struct word *word_assignment_value(struct arena *arena, const struct word *w,
				   size_t namelen);
/* The same, made by changing w itself (the parser, before anyone else
 * holds w). */
void word_strip_assignment_name(struct word *w, size_t namelen);
/* True when part is "$@" or "${@}" (a var alone in double quotes). */
bool word_part_is_all_params(const struct word_part *part);
/* Appends the parts of a double-quoted string just read into inner:
 * one part (or a quoted literal) when that says the same, else a
 * WORD_DQUOTE; inner is left empty. */
void word_builder_add_dquote(struct word_builder *b, struct word_builder *inner);

#endif
