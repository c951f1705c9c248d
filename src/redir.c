#include "redir.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ast.h"
#include "error.h"
#include "expand.h"
#include "fdtab.h"
#include "output.h"
#include "shell.h"

/* Bodies up to this size go through a pipe, which holds them without a
 * reader; larger ones go through an unlinked temporary file. */
#define REDIR_PIPE_MAX 4096

size_t redir_depth(struct shell *sh)
{
	return sh->redir_depth;
}

bool redir_names_high_fd(const struct ast_redir *list, int *fd)
{
	for (; list; list = list->next) {
		if (list->fd > 2) {
			*fd = list->fd;
			return true;
		}
	}
	return false;
}

/* Remembers the current state of fd in the frame, once per frame. */
static void redir_save(struct shell *sh, struct redir_frame *frame, int fd)
{
	for (struct redir_saved *s = frame->saved; s; s = s->next)
		if (s->fd == fd)
			return;
	struct redir_saved *s = xmalloc(sizeof *s);
	s->fd = fd;
	s->saved = fdtab_dup_high(fd);
	s->next = frame->saved;
	frame->saved = s;
	/* Registered, so that a later redirection naming it moves it. */
	if (s->saved >= 0)
		fdtab_adopt(sh, &s->saved);
}

/* Opens a noclobber target: fails only on an existing regular file
 * (XCU 2.7.2). */
static int redir_open_noclobber(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	if (fd >= 0 || errno != EEXIST)
		return fd;
	struct stat st;
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		close(fd);
		errno = EEXIST;
		return -1;
	}
	return fd;
}

static int redir_open_file(struct shell *sh, const struct ast_redir *r,
			   const char *path)
{
	switch (r->op) {
	case REDIR_IN:
		return open(path, O_RDONLY | O_CLOEXEC);
	case REDIR_OUT:
		if (sh->opts.noclobber)
			return redir_open_noclobber(path);
		/* fall through */
	case REDIR_CLOBBER:
		return open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	case REDIR_APPEND:
		return open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
	case REDIR_RDWR:
		return open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	default:
		return -1;
	}
}

static int redir_heredoc_fd(const char *body)
{
	size_t len = strlen(body);
	if (len <= REDIR_PIPE_MAX) {
		int p[2];
		if (pipe2(p, O_CLOEXEC) < 0)
			return -1;
		output_write_all(p[1], body, len);
		close(p[1]);
		return p[0];
	}
	const char *dir = getenv("TMPDIR");
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/cosh-heredoc-XXXXXX",
		 dir && *dir ? dir : "/tmp");
	int fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0)
		return -1;
	unlink(path);
	if (output_write_all(fd, body, len) < 0 ||
	    lseek(fd, 0, SEEK_SET) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Puts newfd (a temporary fd) at r->fd. */
static int redir_install(int newfd, int fd)
{
	if (newfd == fd) {
		/* open() chose the very number: just drop close-on-exec. */
		return fcntl(fd, F_SETFD, 0);
	}
	int r = dup2(newfd, fd);
	int saved_errno = errno;
	close(newfd);
	errno = saved_errno;
	return r < 0 ? -1 : 0;
}

static bool redir_parse_fd(const char *s, int *fd)
{
	if (!*s)
		return false;
	long v = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || v > INT_MAX / 10)
			return false;
		v = v * 10 + (*s - '0');
	}
	*fd = (int)v;
	return true;
}

/* <&word and >&word (XCU 2.7.5, 2.7.6). */
static int redir_dup(struct shell *sh, const struct ast_redir *r,
		     const char *word)
{
	if (strcmp(word, "-") == 0) {
		close(r->fd);
		return 0;
	}
	int src;
	if (!redir_parse_fd(word, &src)) {
		error_print(sh, "%s: bad file descriptor", word);
		return -1;
	}
	/* The shell's own fds are invisible: as if closed. */
	if (fdtab_is_internal(sh, src) || fcntl(src, F_GETFD) < 0) {
		error_print(sh, "%d: bad file descriptor", src);
		return -1;
	}
	if (src == r->fd)
		return 0;
	if (dup2(src, r->fd) < 0) {
		error_print(sh, "%d: %s", r->fd, strerror(errno));
		return -1;
	}
	return 0;
}

/* The target word or here-document text of r, expanded. */
static const char *redir_expand(struct shell *sh, const struct ast_redir *r)
{
	if (r->op == REDIR_HEREDOC)
		return r->body ? expand_heredoc(sh, r->body) : r->heredoc;
	return expand_word(sh, r->target);
}

char **redir_expand_words(struct shell *sh, const struct ast_redir *list)
{
	size_t n = 0;
	for (const struct ast_redir *r = list; r; r = r->next)
		n++;
	char **words = arena_alloc(&sh->scratch, sizeof *words * (n + 1));
	n = 0;
	for (const struct ast_redir *r = list; r; r = r->next) {
		sh->lineno = r->lineno;
		if (!(words[n++] = (char *)redir_expand(sh, r))) {
			error_consequence(sh, ERROR_EXPANSION, EXPAND_ERROR_STATUS);
			return NULL;
		}
	}
	return words;
}

/* Applies r; word is its expansion when already made, else NULL. */
static int redir_apply(struct shell *sh, const struct ast_redir *r,
		       const char *word)
{
	if (!word)
		word = redir_expand(sh, r);
	if (!word) {
		/* An expansion error, not a redirection error (XCU 2.8.1). */
		error_consequence(sh, ERROR_EXPANSION, EXPAND_ERROR_STATUS);
		return -1;
	}
	if (r->op == REDIR_DUP_IN || r->op == REDIR_DUP_OUT)
		return redir_dup(sh, r, word);
	int fd = r->op == REDIR_HEREDOC ? redir_heredoc_fd(word)
					: redir_open_file(sh, r, word);
	if (fd < 0) {
		if (r->op == REDIR_HEREDOC)
			error_print(sh, "here-document: %s", strerror(errno));
		else if (errno == EEXIST)
			error_print(sh, "%s: cannot overwrite existing file", word);
		else
			error_print(sh, "%s: %s", word, strerror(errno));
		return -1;
	}
	if (redir_install(fd, r->fd) < 0) {
		error_print(sh, "%d: %s", r->fd, strerror(errno));
		return -1;
	}
	return 0;
}

static void redir_push_frame(struct shell *sh)
{
	struct redir_frame *frame = xcalloc(1, sizeof *frame);
	frame->prev = sh->redirs;
	sh->redirs = frame;
	sh->redir_depth++;
}

int redir_push(struct shell *sh, const struct ast_redir *list, bool save)
{
	return redir_push_expanded(sh, list, NULL, save);
}

int redir_push_expanded(struct shell *sh, const struct ast_redir *list,
			char *const *words, bool save)
{
	if (save)
		redir_push_frame(sh);
	size_t i = 0;
	for (const struct ast_redir *r = list; r; r = r->next, i++) {
		sh->lineno = r->lineno;
		if (r->fd < 0 || r->fd > 65535) {
			error_print(sh, "%d: bad file descriptor", r->fd);
			goto fail;
		}
		if (fdtab_vacate(sh, r->fd) < 0) {
			error_print(sh, "%d: %s", r->fd, strerror(errno));
			goto fail;
		}
		if (save)
			redir_save(sh, sh->redirs, r->fd);
		if (redir_apply(sh, r, words ? words[i] : NULL) < 0)
			goto fail;
	}
	return 0;
fail:
	if (save && sh->exec_prefix)
		redir_keep(sh);  /* POSIX.1-2024 exec: made ones take effect */
	else if (save)
		redir_pop(sh);
	return -1;
}

static struct redir_frame *redir_take_frame(struct shell *sh)
{
	struct redir_frame *frame = sh->redirs;
	sh->redirs = frame->prev;
	sh->redir_depth--;
	return frame;
}

void redir_pop(struct shell *sh)
{
	output_flush(&sh->out);
	struct redir_frame *frame = redir_take_frame(sh);
	struct redir_saved *s = frame->saved;
	while (s) {
		struct redir_saved *next = s->next;
		if (s->saved >= 0) {
			dup2(s->saved, s->fd);
			fdtab_close(sh, &s->saved);
		} else {
			close(s->fd);
		}
		free(s);
		s = next;
	}
	free(frame);
}

void redir_keep(struct shell *sh)
{
	struct redir_frame *frame = redir_take_frame(sh);
	struct redir_saved *s = frame->saved;
	while (s) {
		struct redir_saved *next = s->next;
		if (s->saved >= 0)
			fdtab_close(sh, &s->saved);
		free(s);
		s = next;
	}
	free(frame);
}

void redir_unwind(struct shell *sh, size_t depth)
{
	while (sh->redir_depth > depth)
		redir_pop(sh);
}
