#include "fdtab.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "arena.h"
#include "shell.h"

int fdtab_dup_high(int fd)
{
	return fcntl(fd, F_DUPFD_CLOEXEC, FDTAB_MIN);
}

void fdtab_adopt(struct shell *sh, int *fdp)
{
	struct fdtab *t = &sh->fdtab;
	if (t->len == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 8;
		t->owners = xrealloc(t->owners, t->cap * sizeof *t->owners);
	}
	t->owners[t->len++] = fdp;
}

int fdtab_take(struct shell *sh, int *fdp)
{
	int fd = fdtab_dup_high(*fdp);
	if (fd < 0)
		return -1;
	close(*fdp);
	*fdp = fd;
	fdtab_adopt(sh, fdp);
	return fd;
}

void fdtab_forget(struct shell *sh, int *fdp)
{
	struct fdtab *t = &sh->fdtab;
	for (size_t i = 0; i < t->len; i++) {
		if (t->owners[i] == fdp) {
			t->owners[i] = t->owners[--t->len];
			return;
		}
	}
}

void fdtab_close(struct shell *sh, int *fdp)
{
	fdtab_forget(sh, fdp);
	if (*fdp >= 0)
		close(*fdp);
	*fdp = -1;
}

static int **fdtab_owner_of(struct shell *sh, int fd)
{
	struct fdtab *t = &sh->fdtab;
	for (size_t i = 0; i < t->len; i++)
		if (*t->owners[i] == fd)
			return &t->owners[i];
	return NULL;
}

bool fdtab_is_internal(struct shell *sh, int fd)
{
	return fdtab_owner_of(sh, fd) != NULL;
}

int fdtab_vacate(struct shell *sh, int fd)
{
	int **owner = fdtab_owner_of(sh, fd);
	if (!owner)
		return 0;
	int moved = fdtab_dup_high(fd);
	if (moved < 0)
		return -1;
	close(fd);
	**owner = moved;
	return 0;
}

void fdtab_forget_all(struct shell *sh)
{
	sh->fdtab.len = 0;
}
