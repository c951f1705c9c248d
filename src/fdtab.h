/* The shell's own file descriptors. Every fd the shell opens for itself
 * (script file, saved copies, terminal, engine socket) lives at 10 or above
 * with FD_CLOEXEC and is registered here together with the place its owner
 * keeps the number, so that when a user redirection names it the fd moves
 * and the owner's copy is updated. */
#ifndef COSH_FDTAB_H
#define COSH_FDTAB_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

#define FDTAB_MIN 10

struct fdtab {
	int **owners; /* each points at the int where an owner keeps its fd */
	size_t len;
	size_t cap;
};

/* Moves *fdp to the lowest free fd >= 10 with FD_CLOEXEC (closing the
 * original) and registers fdp. Returns the new fd or -1 with errno set. */
int fdtab_take(struct shell *sh, int *fdp);
/* Registers *fdp, already >= 10 with FD_CLOEXEC (from fdtab_dup_high). */
void fdtab_adopt(struct shell *sh, int *fdp);
/* Forgets fdp and closes *fdp (set to -1). */
void fdtab_close(struct shell *sh, int *fdp);
/* Forgets fdp without closing. */
void fdtab_forget(struct shell *sh, int *fdp);
/* True when fd belongs to the shell. */
bool fdtab_is_internal(struct shell *sh, int fd);
/* When fd belongs to the shell, moves it elsewhere (updating its owner) so
 * that the user can have the number. Returns 0 or -1 with errno set. */
int fdtab_vacate(struct shell *sh, int fd);
/* Duplicates fd to the lowest free fd >= 10 with FD_CLOEXEC without
 * registering it. Returns the new fd or -1. The only F_DUPFD user. */
int fdtab_dup_high(int fd);
/* Forgets every registration (used in a child before exec). */
void fdtab_forget_all(struct shell *sh);

#endif
