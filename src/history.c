/* The command history list and its file. The file holds one entry a
 * line; the further lines of a multi-line entry each start with a tab
 * (a first line never does: a leading tab is written as a space, which
 * the shell ignores there). Sessions append each entry as it is entered,
 * so several shells can share a file; a file that has grown past twice
 * HISTSIZE entries is trimmed when a shell starts. The newest entry is
 * written when the next one comes or the shell exits, so that fc can
 * still replace it by the command it runs. */
#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fdtab.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"

/* HISTSIZE as a number: 500 when unset or not a decimal number. */
static int history_wanted_size(struct shell *sh)
{
	const char *s = vars_get(sh, "HISTSIZE");
	char *end;
	long n;

	if (!s || !*s)
		return HISTORY_DEFAULT_SIZE;
	errno = 0;
	n = strtol(s, &end, 10);
	if (*end || errno || n < 0)
		return HISTORY_DEFAULT_SIZE;
	return n > HISTORY_MAX_SIZE ? HISTORY_MAX_SIZE : (int)n;
}

/* HISTFILE, else $HOME/.cosh_history; NULL when neither names a file.
 * Malloc'd. */
static char *history_file(struct shell *sh)
{
	const char *f = vars_get(sh, "HISTFILE");
	const char *home = vars_get(sh, "HOME");
	struct strbuf sb = { 0 };

	if (f)
		return *f ? xstrdup(f) : NULL;
	if (!home || !*home)
		return NULL;
	strbuf_adds(&sb, home);
	if (sb.data[sb.len - 1] != '/')
		strbuf_addc(&sb, '/');
	strbuf_adds(&sb, ".cosh_history");
	return strbuf_detach(&sb);
}

/* Drops the oldest entries beyond the size in force. */
static void history_trim(struct history *h)
{
	size_t drop;

	if (h->len <= (size_t)h->size)
		return;
	drop = h->len - (size_t)h->size;
	for (size_t i = 0; i < drop; i++)
		free(h->entries[i]);
	memmove(h->entries, h->entries + drop,
		(h->len - drop) * sizeof *h->entries);
	h->len -= drop;
	h->first += (int)drop;
}

static void history_push(struct history *h, char *entry)
{
	if (h->len == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 64;
		h->entries = xrealloc(h->entries, h->cap * sizeof *h->entries);
	}
	h->entries[h->len++] = entry;
}

/* An entry as the file holds it, newline included. */
static void history_encode(struct strbuf *sb, const char *entry)
{
	if (*entry == '\t')
		strbuf_addc(sb, ' ');
	for (const char *p = entry; *p; p++) {
		strbuf_addc(sb, *p);
		if (*p == '\n')
			strbuf_addc(sb, '\t');
	}
	strbuf_addc(sb, '\n');
}

/* Splits the file's text into entries (all of them, oldest first). */
static void history_decode(struct history *h, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	struct strbuf entry = { 0 };
	bool have = false;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		if (*p == '\t' && have) {
			strbuf_addc(&entry, '\n');
			strbuf_add(&entry, p + 1, (size_t)(stop - p - 1));
		} else {
			if (have)
				history_push(h, strbuf_detach(&entry));
			strbuf_add(&entry, p, (size_t)(stop - p));
			have = true;
		}
		p = nl ? nl + 1 : end;
	}
	if (have)
		history_push(h, strbuf_detach(&entry));
	strbuf_release(&entry);
}

/* Rewrites the file with the entries of the list (a new file renamed
 * over the old one, so a reader never sees half of it). */
static void history_rewrite(struct shell *sh, const char *path)
{
	struct history *h = &sh->history;
	struct strbuf sb = { 0 }, tmp = { 0 };
	int fd;

	strbuf_adds(&tmp, path);
	strbuf_adds(&tmp, ".XXXXXX");
	fd = mkstemp(tmp.data);
	if (fd < 0 || fdtab_take(sh, &fd) < 0) {
		if (fd >= 0)
			close(fd);
		strbuf_release(&tmp);
		return;
	}
	for (size_t i = 0; i < h->len; i++)
		history_encode(&sb, h->entries[i]);
	if (output_write_all(fd, sb.data ? sb.data : "", sb.len) == 0)
		rename(tmp.data, path);
	else
		unlink(tmp.data);
	fdtab_close(sh, &fd);
	strbuf_release(&sb);
	strbuf_release(&tmp);
}

/* Reads HISTFILE into the list (its newest entries, numbered from 1). */
static void history_load(struct shell *sh)
{
	struct history *h = &sh->history;
	char *path = history_file(sh);
	struct strbuf text = { 0 };
	size_t total;
	int fd;

	if (!path)
		return;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && fdtab_take(sh, &fd) >= 0) {
		strbuf_read_fd(&text, fd);
		fdtab_close(sh, &fd);
	} else if (fd >= 0) {
		close(fd);
	}
	history_decode(h, text.data ? text.data : "", text.len);
	strbuf_release(&text);
	total = h->len;
	history_trim(h);
	h->first = 1;
	if (total > 2 * (size_t)h->size)
		history_rewrite(sh, path);
	free(path);
}

void history_start(struct shell *sh)
{
	struct history *h = &sh->history;

	h->size = history_wanted_size(sh);
	if (!h->started) {
		h->started = true;
		h->first = 1;
		history_load(sh);
	}
	history_trim(h);
}

/* Appends one entry to HISTFILE. Failures are silent: history is a
 * convenience, and a read-only home must not disturb every prompt. */
static void history_append_file(struct shell *sh, const char *entry)
{
	char *path = history_file(sh);
	struct strbuf sb = { 0 };
	int fd;

	if (!path)
		return;
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	free(path);
	if (fd < 0)
		return;
	if (fdtab_take(sh, &fd) < 0) {
		close(fd);
		return;
	}
	history_encode(&sb, entry);
	/* One write: entries of concurrent shells do not interleave. */
	output_write_all(fd, sb.data, sb.len);
	fdtab_close(sh, &fd);
	strbuf_release(&sb);
}

/* text without its trailing newlines, malloc'd; NULL when blank. */
static char *history_clean(const char *text)
{
	size_t n = strlen(text);

	if (strspn(text, " \t\n") == n)
		return NULL;
	while (n && text[n - 1] == '\n')
		n--;
	return xstrndup(text, n);
}

/* Writes the newest entry to the file if it is not there yet. */
void history_save(struct shell *sh)
{
	struct history *h = &sh->history;

	if (h->pending && h->len)
		history_append_file(sh, h->entries[h->len - 1]);
	h->pending = false;
}

void history_add(struct shell *sh, const char *text)
{
	struct history *h = &sh->history;
	char *entry = history_clean(text);

	if (!entry)
		return;
	if (!h->started)
		history_start(sh);
	history_save(sh);
	if (h->size == 0) {
		free(entry);
		return;
	}
	history_push(h, entry);
	h->pending = true;
	history_trim(h);
}

void history_replace_last(struct shell *sh, const char *text)
{
	struct history *h = &sh->history;
	char *entry = text ? history_clean(text) : NULL;

	if (h->len == 0 || !h->pending) {
		/* Not the command being run (HISTSIZE=0): a new entry. */
		if (entry)
			history_add(sh, entry);
		free(entry);
		return;
	}
	h->generation++;
	free(h->entries[h->len - 1]);
	if (entry) {
		h->entries[h->len - 1] = entry;
	} else {
		h->len--;
		h->pending = false;
	}
}

int history_next_number(const struct shell *sh)
{
	const struct history *h = &sh->history;

	return (h->started ? h->first : 1) + (int)h->len;
}

int history_first(const struct shell *sh)
{
	return sh->history.started ? sh->history.first : 1;
}

int history_last(const struct shell *sh)
{
	return history_next_number(sh) - 1;
}

const char *history_get(const struct shell *sh, int n)
{
	const struct history *h = &sh->history;

	if (!h->started || n < h->first || n >= h->first + (int)h->len)
		return NULL;
	return h->entries[n - h->first];
}

void history_release(struct shell *sh)
{
	struct history *h = &sh->history;

	for (size_t i = 0; i < h->len; i++)
		free(h->entries[i]);
	free(h->entries);
	memset(h, 0, sizeof *h);
}
