/* The command history list of an interactive shell (XCU 2.5.3 HISTFILE,
 * HISTSIZE; XCU fc): numbered entries, a command each (several lines when
 * the command was continued on PS2 lines), kept in HISTFILE between
 * sessions. Independent of the line editor, which copies the list (see
 * lineedit.c), so fc works with or without libedit. */
#ifndef COSH_HISTORY_H
#define COSH_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

#define HISTORY_DEFAULT_SIZE 500
#define HISTORY_MAX_SIZE 1000000

struct history {
	char **entries;     /* oldest first, each malloc'd, no final newline */
	size_t len, cap;
	int first;          /* the number of entries[0] */
	int size;           /* HISTSIZE in force */
	bool started;       /* HISTFILE read, HISTSIZE applied */
	bool pending;       /* the newest entry is not in HISTFILE yet */
	unsigned generation; /* changes when entries are removed or replaced
				(not when one is appended or the oldest go) */
};

/* At the first prompt of an interactive shell (after ENV ran): applies
 * HISTSIZE and reads the entries kept in HISTFILE. Later calls only apply
 * a changed HISTSIZE. */
void history_start(struct shell *sh);
/* Appends the command text (a trailing newline dropped) as the newest
 * entry; the oldest go beyond HISTSIZE. Blank text is not entered. The
 * entry reaches HISTFILE when the next one is added or at exit. */
void history_add(struct shell *sh, const char *text);
/* Replaces the newest entry by text, or removes it when text is NULL
 * (fc: the fc command is not entered, the commands it runs are). */
void history_replace_last(struct shell *sh, const char *text);
/* Writes the newest entry to HISTFILE if it is not there yet (at exit). */
void history_save(struct shell *sh);
/* The number the next entry will get (PS1 '!', XCU 2.5.3). */
int history_next_number(const struct shell *sh);
/* The entry numbered n, or NULL; the list's bounds through first/last. */
const char *history_get(const struct shell *sh, int n);
/* Numbers of the oldest and newest entries; last < first when empty. */
int history_first(const struct shell *sh);
int history_last(const struct shell *sh);
/* Frees the list (at exit). */
void history_release(struct shell *sh);

#endif
