/* Classification of engine start-failure texts. */
#include <stdbool.h>
#include <string.h>

#include "container/failure.h"

/* How the texts begin: docker (runc, in a stdout frame), docker's user
 * lookup, and podman (stderr frames). */
static const char *const failure_prefixes[] = {
	"OCI runtime exec failed",
	"OCI runtime error",
	"exec failed:",
	"unable to find user",
	"unable to find group",
	"Error: runc: exec failed",
	"Error: crun: ",
	"Error: OCI runtime",
	"Error: executable file",
	"Error: exec failed",
};

enum failure_match failure_match_start(const char *s, size_t n)
{
	bool maybe = false;
	size_t i;

	for (i = 0; i < sizeof(failure_prefixes) / sizeof(*failure_prefixes);
	     i++) {
		const char *p = failure_prefixes[i];
		size_t len = strlen(p);
		if (n >= len && memcmp(s, p, len) == 0)
			return FAILURE_YES;
		if (n < len && memcmp(s, p, n) == 0)
			maybe = true;
	}
	return maybe ? FAILURE_MAYBE : FAILURE_NO;
}

int failure_status(const char *msg, int engine_code)
{
	if (strstr(msg, "chdir to cwd") || strstr(msg, "unable to find user") ||
	    strstr(msg, "unable to find group"))
		return 126;
	if (strstr(msg, "executable file not found") ||
	    strstr(msg, "no such file or directory") ||
	    strstr(msg, "No such file or directory") ||
	    strstr(msg, "command not found"))
		return 127;
	if (strstr(msg, "permission denied") ||
	    strstr(msg, "Permission denied") ||
	    strstr(msg, "is a directory") || strstr(msg, "Is a directory"))
		return 126;
	return engine_code;
}

char *failure_sanitize(char *s)
{
	char *r = s, *w = s;

	while (*r && *r != '\n' && *r != '\r') {
		unsigned char c = (unsigned char)*r++;
		if (c >= 0x20 && c != 0x7f)
			*w++ = (char)c;
		else if (c == '\t')
			*w++ = ' ';
	}
	while (w > s && w[-1] == ' ')
		w--;
	*w = '\0';
	return s;
}
