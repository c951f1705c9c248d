/* The command name of container mode: "container:NAME[,OPTION...]"
 * (DESIGN.md §2), parsed from a string without any I/O. */
#ifndef COSH_CONTAINER_SPEC_H
#define COSH_CONTAINER_SPEC_H

#include <stdbool.h>

#define SPEC_PREFIX "container:"

enum spec_tty {
	SPEC_TTY_AUTO,   /* a tty when fds 0 and 1 are both terminals */
	SPEC_TTY_ON,     /* option tty */
	SPEC_TTY_OFF,    /* option notty */
};

struct spec {
	char *name;      /* container name or ID; owned */
	char *user;      /* user=USER[:GROUP], owned, or NULL */
	char *workdir;   /* workdir=DIR, owned, or NULL */
	enum spec_tty tty;
	bool detach;
	bool privileged;
	unsigned seen;   /* options given, one bit each (spec.c) */
};

/* True when word is "container:" followed by a non-empty NAME without '/'
 * (option values after the first ',' may contain '/': workdir=/tmp). */
bool spec_is_prefix(const char *word);

/* Parses word into spec (which the caller releases with spec_free, also
 * after a failure). Returns 0, or -1 with a message in err (size errlen)
 * naming the problem: a bad prefix, an empty name, an unknown option, an
 * option without its value or with one it does not take, an option given
 * twice, tty with notty. */
int spec_parse(const char *word, struct spec *spec, char *err, size_t errlen);

void spec_free(struct spec *spec);

#endif
