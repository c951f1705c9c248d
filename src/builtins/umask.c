/* umask (XCU umask): umask [-S] [mask].
 *
 * Without a mask the current mask is written as four octal digits ("0022"),
 * or with -S symbolically ("u=rwx,g=rx,o=rx"). A mask is an octal number or
 * a symbolic mode as in chmod (XCU chmod, "symbolic_mode") applied to the
 * permissions the current mask allows (~mask & 0777). As in dash and yash:
 * an omitted who means a (the mask does not filter it), u, g and o after
 * an operator copy what the mask allowed before the command (g=u,o=g), X
 * adds execute when some execute bit is already allowed, s and t change
 * nothing, and -S with a mask sets it silently. An invalid mask is status 2.
 */
#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

static mode_t umask_get(void)
{
	mode_t mask = umask(0);
	umask(mask);
	return mask & 0777;
}

/* Writes the permissions allowed by mask as u=...,g=...,o=... */
static void umask_print_symbolic(struct shell *sh, mode_t mask)
{
	static const char who[] = "ugo";
	mode_t perm = ~mask & 0777;
	for (int i = 0; i < 3; i++) {
		unsigned bits = (perm >> (6 - 3 * i)) & 7;
		output_printf(&sh->out, "%s%c=%s%s%s", i ? "," : "", who[i],
			      bits & 4 ? "r" : "", bits & 2 ? "w" : "",
			      bits & 1 ? "x" : "");
	}
	output_char(&sh->out, '\n');
}

/* Parses an octal mask; returns false when s is not entirely octal. */
static bool umask_parse_octal(const char *s, mode_t *out)
{
	unsigned long v = 0;
	if (!*s)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '7')
			return false;
		/* Only the low nine bits matter: keep them. */
		v = (v * 8 + (unsigned long)(*s - '0')) & 0777;
	}
	*out = (mode_t)(v & 0777);
	return true;
}

/* The bits of a permission copy (u, g or o) of perm, in all three
 * classes. */
static mode_t umask_copy_bits(char c, mode_t perm)
{
	int shift = c == 'u' ? 6 : c == 'g' ? 3 : 0;
	return ((perm >> shift) & 7) * 0111;
}

/* Parses the perm letters or the permcopy of one action at *sp. A
 * permcopy copies from orig, the permissions before the whole mode, as
 * dash and yash do (GNU chmod copies from the permissions as changed by
 * the earlier clauses). Returns the bits (in all classes) or -1 when an
 * invalid letter is met. */
static long umask_action_bits(const char **sp, mode_t perm, mode_t orig)
{
	const char *s = *sp;
	mode_t bits = 0;
	if (*s && strchr("ugo", *s)) {
		*sp = s + 1;
		return (long)umask_copy_bits(*s, orig);
	}
	for (; *s && *s != ',' && !strchr("+-=", *s); s++) {
		switch (*s) {
		case 'r': bits |= 0444; break;
		case 'w': bits |= 0222; break;
		case 'x': bits |= 0111; break;
		case 'X': if (perm & 0111) bits |= 0111; break;
		case 's': case 't': break;
		default: return -1;
		}
	}
	*sp = s;
	return (long)bits;
}

/* Applies one clause ([who...] action...) at *sp to *perm. XCU chmod. */
static bool umask_clause(const char **sp, mode_t *perm, mode_t orig)
{
	const char *s = *sp;
	mode_t who = 0;
	for (; *s && strchr("ugoa", *s); s++)
		who |= *s == 'u' ? 0700 : *s == 'g' ? 0070 :
			*s == 'o' ? 0007 : 0777;
	if (!who)
		who = 0777;
	if (!*s || !strchr("+-=", *s))
		return false;
	while (*s && strchr("+-=", *s)) {
		char op = *s++;
		long bits = umask_action_bits(&s, *perm, orig);
		if (bits < 0)
			return false;
		mode_t b = (mode_t)bits & who;
		if (op == '+')
			*perm |= b;
		else if (op == '-')
			*perm &= ~b;
		else
			*perm = (*perm & ~who) | b;
	}
	*sp = s;
	return true;
}

/* Parses a symbolic mode relative to mask; false when invalid. */
static bool umask_parse_symbolic(const char *s, mode_t mask, mode_t *out)
{
	mode_t orig = ~mask & 0777, perm = orig;
	for (;;) {
		if (!umask_clause(&s, &perm, orig))
			return false;
		if (!*s)
			break;
		if (*s != ',')
			return false;
		s++;
	}
	*out = ~perm & 0777;
	return true;
}

int builtin_umask(struct shell *sh, int argc, char **argv)
{
	bool symbolic = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o != 'S')
				return builtin_usage(sh, "umask",
						     "umask [-S] [mask]");
		}
		symbolic = true;
	}
	mode_t mask = umask_get();
	if (i >= argc) {
		if (symbolic)
			umask_print_symbolic(sh, mask);
		else
			output_printf(&sh->out, "%04o\n", (unsigned)mask);
		return 0;
	}
	if (i + 1 < argc)
		return builtin_usage(sh, "umask", "umask [-S] [mask]");
	const char *arg = argv[i];
	bool ok = (arg[0] >= '0' && arg[0] <= '9') ?
		umask_parse_octal(arg, &mask) :
		umask_parse_symbolic(arg, mask, &mask);
	if (!ok) {
		error_print(sh, "umask: %s: invalid mask", arg);
		return 2;
	}
	umask(mask);
	return 0;
}
