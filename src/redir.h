/* Redirections in frames (XCU 2.7): push applies a list and remembers what
 * it replaced, pop restores it, keep makes it permanent (exec). */
#ifndef COSH_REDIR_H
#define COSH_REDIR_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct ast_redir;

struct redir_saved {
	struct redir_saved *next;
	int fd;     /* the user fd that was changed */
	int saved;  /* shell-internal copy of the old fd, or -1 if it was closed */
};

struct redir_frame {
	struct redir_frame *prev;
	struct redir_saved *saved;
};

/* Applies the redirections of list in order, in a new frame. On failure
 * prints the error, restores what this frame changed and returns -1 (no
 * frame is left pushed). With save false (in a child about to exec or
 * exit) nothing is saved and pop must not be called. */
int redir_push(struct shell *sh, const struct ast_redir *list, bool save);
/* Expands the words of list (targets and here-document bodies) in order,
 * so that a command run in a child still expands them in the shell (as
 * dash and yash do: ${x=v} assigns there). Returns them in scratch, or
 * NULL after an expansion error (its consequence decided). */
char **redir_expand_words(struct shell *sh, const struct ast_redir *list);
/* redir_push with the words of redir_expand_words. */
int redir_push_expanded(struct shell *sh, const struct ast_redir *list,
			char *const *words, bool save);
/* Restores the fds changed by the innermost frame and removes it. */
void redir_pop(struct shell *sh);
/* Removes the innermost frame, keeping its redirections (exec). */
void redir_keep(struct shell *sh);
/* Number of frames, to unwind to a known depth. */
size_t redir_depth(struct shell *sh);
void redir_unwind(struct shell *sh, size_t depth);
/* True when list redirects an fd above 2 (stored in *fd). */
bool redir_names_high_fd(const struct ast_redir *list, int *fd);

#endif
