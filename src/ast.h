/* The abstract syntax tree (XCU 2.9, 2.10). Words are trees (word.h) made
 * by the lexer, with their source text for printing; expand.c walks them.
 * Nodes of one parsed chunk live in the chunk's arena and are never changed
 * after parsing. */
#ifndef COSH_AST_H
#define COSH_AST_H

#include <stdbool.h>

#include "arena.h"
#include "word.h"

/* The memory of one parsed piece of input. Function definitions take a
 * reference so that their bodies outlive the command that defined them. */
struct ast_chunk {
	struct arena arena;
	int refs;
};

struct ast_chunk *ast_chunk_new(void);
void ast_chunk_ref(struct ast_chunk *c);
/* Drops a reference; frees the chunk and its nodes at zero. */
void ast_chunk_unref(struct ast_chunk *c);

enum redir_op {
	REDIR_IN,         /* <  */
	REDIR_OUT,        /* >  */
	REDIR_CLOBBER,    /* >| */
	REDIR_APPEND,     /* >> */
	REDIR_DUP_IN,     /* <& */
	REDIR_DUP_OUT,    /* >& */
	REDIR_RDWR,       /* <> */
	REDIR_HEREDOC,    /* << and <<- (tabs already stripped) */
};

struct ast_redir {
	struct ast_redir *next;
	int fd;               /* the fd redirected */
	enum redir_op op;
	const char *word;     /* source text of the target word, or the
				 here-document delimiter (quotes removed) */
	struct word *target;  /* the target word (not for here-documents) */
	const char *heredoc;  /* here-document body text */
	struct word *body;    /* the body parsed; NULL when the delimiter was
				 quoted (or input ended before the body) */
	bool heredoc_quoted;  /* delimiter was quoted: body taken literally */
	int lineno;
};

enum ast_kind {
	AST_SIMPLE,
	AST_PIPELINE,
	AST_AND,
	AST_OR,
	AST_LIST,       /* commands separated by ; & or newlines */
	AST_SUBSHELL,   /* ( list ) */
	AST_BRACE,      /* { list; } */
	AST_IF,
	AST_WHILE,
	AST_UNTIL,
	AST_FOR,
	AST_CASE,
	AST_FUNCDEF,
};

struct ast_node;

struct ast_assign {
	const char *text;    /* name=value, as written */
	size_t namelen;
	struct word *value;
};

struct ast_simple {
	struct ast_assign *assigns;
	struct word **words;
	int nassigns;
	int nwords;
};

struct ast_pipeline {
	struct ast_node **cmds;
	int ncmds;
	bool bang;
};

struct ast_binary {
	struct ast_node *left;
	struct ast_node *right;
};

struct ast_list_item {
	struct ast_node *node;
	bool async;
};

struct ast_list {
	struct ast_list_item *items;
	int nitems;
};

struct ast_if {
	struct ast_node *cond;
	struct ast_node *then_part;
	struct ast_node *else_part;  /* NULL, or another AST_IF for elif */
};

struct ast_loop {
	struct ast_node *cond;
	struct ast_node *body;
};

struct ast_for {
	const char *name;
	struct word **words;  /* NULL without `in`: iterate over "$@" */
	struct ast_node *body;
	int nwords;
};

struct ast_case_item {
	struct word **patterns;
	int npatterns;
	struct ast_node *body;  /* may be NULL */
	bool fallthrough;       /* ended by ;& */
};

struct ast_case {
	struct word *word;
	struct ast_case_item *items;
	int nitems;
};

struct ast_funcdef {
	const char *name;
	struct ast_node *body;  /* a compound command (with its redirections) */
};

/* A node is allocated with only the union member of its kind (ast_new):
 * nodes are never copied or read through another kind. */
struct ast_node {
	enum ast_kind kind;
	int lineno;
	struct ast_redir *redirs;  /* simple and compound commands */
	union {
		struct ast_simple simple;
		struct ast_pipeline pipeline;
		struct ast_binary binary;
		struct ast_list list;
		struct ast_node *body;   /* subshell, brace group */
		struct ast_if if_;
		struct ast_loop loop;
		struct ast_for for_;
		struct ast_case case_;
		struct ast_funcdef funcdef;
	} u;
};

/* A zeroed node of kind allocated in chunk. */
struct ast_node *ast_new(struct ast_chunk *chunk, enum ast_kind kind,
			 int lineno);
/* The text of n as shell code (for `jobs`); malloc'd, owned by the caller.
 * Here-document bodies are left out. In ast_print.c. */
char *ast_to_text(const struct ast_node *n);

#endif
