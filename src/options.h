/* The set -o options (XCU 2.14 set). */
#ifndef COSH_OPTIONS_H
#define COSH_OPTIONS_H

#include <stdbool.h>

struct shell;

struct options {
	bool allexport;  /* -a */
	bool notify;     /* -b */
	bool noclobber;  /* -C */
	bool errexit;    /* -e */
	bool noglob;     /* -f */
	bool hashall;    /* -h */
	bool interactive;/* -i */
	bool monitor;    /* -m */
	bool noexec;     /* -n */
	bool nounset;    /* -u */
	bool verbose;    /* -v */
	bool xtrace;     /* -x */
	bool ignoreeof;
	bool nolog;
	bool vi;
	bool emacs;
	bool pipefail;
	bool stdin_mode; /* -s */
};

/* Sets a single-letter option; returns -1 when the letter is unknown. */
int options_set_letter(struct shell *sh, char letter, bool on);
/* Sets a long option; returns -1 when the name is unknown. */
int options_set_name(struct shell *sh, const char *name, bool on);
/* The value of $-. Owned by the caller's buffer of at least 32 bytes. */
void options_letters(struct shell *sh, char *buf);
/* Prints the options for `set -o` (human) or `set +o` (re-input). */
void options_print(struct shell *sh, bool reinput);

#endif
