/* echo (XCU echo).
 *
 * POSIX leaves echo's options and backslash handling implementation-defined
 * except on XSI systems, where no option is recognised and the operands'
 * backslash sequences are interpreted. cosh follows dash, the usual /bin/sh:
 *   - "-n" is recognised only as the first argument and suppresses the
 *     trailing newline; every other argument (including "-e", "-E", a later
 *     "-n" and "--") is printed as is;
 *   - \a \b \f \n \r \t \v \\ are the C characters, \c stops all output
 *     (no further characters, no trailing newline), \0 followed by up to
 *     three octal digits is that byte (XSI), and, as in dash, \ followed
 *     directly by one to three octal digits is also that byte;
 *   - any other backslash is printed literally with the character after it.
 */
#include <stdbool.h>
#include <string.h>

#include "builtins/builtins.h"
#include "shell.h"

static bool echo_is_octal(char c)
{
	return c >= '0' && c <= '7';
}

/* Decodes the escape after a backslash at *sp (which points past the
 * backslash). Stores the byte in *out and advances *sp. Returns false for
 * \c. Shared rules with printf %b (XCU printf, XSI echo). */
static bool echo_escape(const char **sp, char *out)
{
	const char *s = *sp;
	int value = 0;
	int digits = 0;

	switch (*s) {
	case 'a': *out = '\a'; break;
	case 'b': *out = '\b'; break;
	case 'c': return false;
	case 'f': *out = '\f'; break;
	case 'n': *out = '\n'; break;
	case 'r': *out = '\r'; break;
	case 't': *out = '\t'; break;
	case 'v': *out = '\v'; break;
	case '\\': *out = '\\'; break;
	default:
		if (!echo_is_octal(*s)) {
			/* Not an escape: the backslash stands for itself
			 * and the next character is read normally. */
			*out = '\\';
			return true;
		}
		/* \0ddd: the 0 introduces up to three more digits. */
		if (*s == '0' && echo_is_octal(s[1]))
			s++;
		while (digits < 3 && echo_is_octal(*s)) {
			value = value * 8 + (*s - '0');
			s++;
			digits++;
		}
		*out = (char)value;
		*sp = s;
		return true;
	}
	*sp = s + 1;
	return true;
}

/* Writes one argument with its escapes decoded. Returns false when \c was
 * met (output must stop). */
static bool echo_write_arg(struct shell *sh, const char *s)
{
	while (*s) {
		const char *plain = strchr(s, '\\');
		size_t n = plain ? (size_t)(plain - s) : strlen(s);
		output_write(&sh->out, s, n);
		s += n;
		if (!*s)
			break;
		s++;
		char c;
		if (!echo_escape(&s, &c))
			return false;
		output_char(&sh->out, c);
	}
	return true;
}

int builtin_echo(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	bool newline = true;

	if (argc > 1 && strcmp(argv[1], "-n") == 0) {
		newline = false;
		i = 2;
	}
	for (; i < argc; i++) {
		if (!echo_write_arg(sh, argv[i]))
			return 0;
		if (i + 1 < argc)
			output_char(&sh->out, ' ');
	}
	if (newline)
		output_char(&sh->out, '\n');
	return 0;
}
