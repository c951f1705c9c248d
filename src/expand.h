/* Word expansions (XCU 2.6) in POSIX order: tilde, parameter, command
 * substitution, arithmetic, field splitting, pathname expansion, quote
 * removal. Expansion walks the word trees of the AST (word.h) and never
 * changes them. Results live in sh->scratch unless said otherwise. */
#ifndef COSH_EXPAND_H
#define COSH_EXPAND_H

#include <stdbool.h>

struct shell;
struct strvec;
struct word;
struct ast_node;

#define EXPAND_ERROR_STATUS 2

/* Expands words into fields (with splitting and globbing) appended to
 * out. Returns 0, or -1 after an expansion error was printed. */
int expand_words(struct shell *sh, struct word *const *words, int nwords,
		 struct strvec *out);
/* Expands one word without field splitting or globbing (redirection
 * targets, case word). Returns the string or NULL after an error. */
char *expand_word(struct shell *sh, const struct word *w);
/* Expands the value of an assignment: like expand_word, and a tilde
 * after ':' is expanded too (XCU 2.6.1). */
char *expand_assignment_value(struct shell *sh, const struct word *value);
/* Expands w as a pattern: quoted characters come out backslash-escaped
 * for pattern.c. */
char *expand_pattern(struct shell *sh, const struct word *w);
/* Expands the parsed body of an unquoted here-document. */
char *expand_heredoc(struct shell *sh, const struct word *body);
/* Expands a prompt string (PS1, PS2, PS4) as a here-document body; on a
 * syntax error the string itself. */
char *expand_prompt(struct shell *sh, const char *ps);
/* Parses text as one word and expands it without splitting (ENV). */
char *expand_string(struct shell *sh, const char *text);
/* Runs body (NULL: nothing) as a command substitution and returns its
 * output with trailing newlines removed; sets sh->cmdsub_status. */
char *expand_command_output(struct shell *sh, const struct ast_node *body);

#endif
