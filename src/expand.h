/* Word expansions (XCU 2.6) in POSIX order: tilde, parameter, command
 * substitution, arithmetic, field splitting, pathname expansion, quote
 * removal. Expansion reads the word text from the AST and never changes
 * it. Results live in sh->scratch unless said otherwise. */
#ifndef COSH_EXPAND_H
#define COSH_EXPAND_H

#include <stdbool.h>

struct shell;
struct strvec;

#define EXPAND_ERROR_STATUS 2

/* Expands words into fields (with splitting and globbing) appended to
 * out. Returns 0, or -1 after an expansion error was printed. */
int expand_words(struct shell *sh, char *const *words, int nwords,
		 struct strvec *out);
/* Expands one word without field splitting or globbing (assignments,
 * redirection targets, case word, here-document delimiter). Returns the
 * string or NULL after an error. */
char *expand_word(struct shell *sh, const char *word);
/* Expands the value of an assignment: like expand_word, and a tilde
 * after ':' is expanded too (XCU 2.6.1). */
char *expand_assignment_value(struct shell *sh, const char *value);
/* Expands word as a pattern: quoted characters come out backslash-escaped
 * for pattern.c. */
char *expand_pattern(struct shell *sh, const char *word);
/* Expands the body of an unquoted here-document ($, `, \ only). */
char *expand_heredoc(struct shell *sh, const char *body);
/* Expands a prompt string (PS1, PS2, PS4): parameters only. */
char *expand_prompt(struct shell *sh, const char *ps);
/* Runs text as a command substitution and returns its output with
 * trailing newlines removed; sets sh->cmdsub_status. */
char *expand_command_output(struct shell *sh, const char *text);

#endif
