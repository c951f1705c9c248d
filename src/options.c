#include "options.h"

#include <stddef.h>
#include <string.h>

#include "output.h"
#include "shell.h"

struct option_desc {
	char letter;          /* 0 when only a long name exists */
	const char *name;
	size_t offset;        /* of the bool in struct options */
};

#define OPT(l, n, f) { l, n, offsetof(struct options, f) }

/* XCU 2.14 set: the options and their names. */
static const struct option_desc option_table[] = {
	OPT('a', "allexport", allexport),
	OPT('b', "notify", notify),
	OPT('C', "noclobber", noclobber),
	OPT('e', "errexit", errexit),
	OPT('f', "noglob", noglob),
	OPT('h', "hashall", hashall),
	OPT('i', "interactive", interactive),
	OPT('m', "monitor", monitor),
	OPT('n', "noexec", noexec),
	OPT('u', "nounset", nounset),
	OPT('v', "verbose", verbose),
	OPT('x', "xtrace", xtrace),
	OPT(0, "ignoreeof", ignoreeof),
	OPT(0, "nolog", nolog),
	OPT(0, "vi", vi),
	OPT(0, "emacs", emacs),
	OPT(0, "pipefail", pipefail),
};

#define OPTION_COUNT (sizeof option_table / sizeof *option_table)

static bool *option_field(struct shell *sh, const struct option_desc *d)
{
	return (bool *)((char *)&sh->opts + d->offset);
}

static void option_apply(struct shell *sh, const struct option_desc *d,
			 bool on)
{
	*option_field(sh, d) = on;
	/* vi and emacs editing modes exclude each other. */
	if (on && strcmp(d->name, "vi") == 0)
		sh->opts.emacs = false;
	if (on && strcmp(d->name, "emacs") == 0)
		sh->opts.vi = false;
}

int options_set_letter(struct shell *sh, char letter, bool on)
{
	for (size_t i = 0; i < OPTION_COUNT; i++) {
		if (option_table[i].letter == letter) {
			option_apply(sh, &option_table[i], on);
			return 0;
		}
	}
	return -1;
}

int options_set_name(struct shell *sh, const char *name, bool on)
{
	for (size_t i = 0; i < OPTION_COUNT; i++) {
		if (strcmp(option_table[i].name, name) == 0) {
			option_apply(sh, &option_table[i], on);
			return 0;
		}
	}
	return -1;
}

void options_letters(struct shell *sh, char *buf)
{
	size_t n = 0;
	for (size_t i = 0; i < OPTION_COUNT; i++)
		if (option_table[i].letter && *option_field(sh, &option_table[i]))
			buf[n++] = option_table[i].letter;
	if (sh->opts.stdin_mode)
		buf[n++] = 's';
	buf[n] = '\0';
}

void options_print(struct shell *sh, bool reinput)
{
	for (size_t i = 0; i < OPTION_COUNT; i++) {
		bool on = *option_field(sh, &option_table[i]);
		if (reinput)
			output_printf(&sh->out, "set %co %s\n", on ? '-' : '+',
				      option_table[i].name);
		else
			output_printf(&sh->out, "%-15s %s\n",
				      option_table[i].name, on ? "on" : "off");
	}
}
