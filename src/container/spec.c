/* Parsing of "container:NAME[,OPTION...]". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "container/spec.h"

bool spec_is_prefix(const char *word)
{
	size_t plen = strlen(SPEC_PREFIX);

	if (strncmp(word, SPEC_PREFIX, plen) != 0)
		return false;
	word += plen;
	if (*word == '\0' || *word == ',')
		return false;
	return memchr(word, '/', strcspn(word, ",")) == NULL;
}

/* The options, in the order of the bits in spec->seen. */
static const char *const spec_names[] = {
	"tty", "notty", "detach", "privileged", "user", "workdir",
};
enum { SPEC_TTY_BIT, SPEC_NOTTY_BIT, SPEC_DETACH_BIT, SPEC_PRIV_BIT,
       SPEC_USER_BIT, SPEC_WORKDIR_BIT, SPEC_NOPTIONS };

/* Which option opt (length len, "key" or "key=value") is: its bit, or -1.
 * *value points after '=' (NULL when there is none). */
static int spec_which(const char *opt, size_t len, const char **value)
{
	size_t klen = strcspn(opt, "=,");
	int i;

	if (klen > len)
		klen = len;
	*value = klen < len ? opt + klen + 1 : NULL;
	for (i = 0; i < SPEC_NOPTIONS; i++)
		if (strlen(spec_names[i]) == klen &&
		    strncmp(opt, spec_names[i], klen) == 0)
			return i;
	return -1;
}

/* Applies one option of length len. Returns 0 or -1 with err set: an
 * unknown option, a missing or unexpected value, an option given twice,
 * and tty with notty are errors (never silently one of them). */
static int spec_option(struct spec *spec, const char *opt, size_t len,
		       char *err, size_t errlen)
{
	const char *value;
	int bit = spec_which(opt, len, &value);
	bool valued = bit == SPEC_USER_BIT || bit == SPEC_WORKDIR_BIT;
	size_t vlen = value ? len - (size_t)(value - opt) : 0;

	if (bit < 0) {
		snprintf(err, errlen, "unknown option '%.*s'", (int)len, opt);
		return -1;
	}
	if (valued && vlen == 0) {
		snprintf(err, errlen, "option %s needs a value", spec_names[bit]);
		return -1;
	}
	if (!valued && value) {
		snprintf(err, errlen, "option %s takes no value",
			 spec_names[bit]);
		return -1;
	}
	if (spec->seen & (1u << bit)) {
		snprintf(err, errlen, "option %s given twice", spec_names[bit]);
		return -1;
	}
	if ((bit == SPEC_TTY_BIT || bit == SPEC_NOTTY_BIT) &&
	    (spec->seen & (1u << (SPEC_TTY_BIT + SPEC_NOTTY_BIT - bit)))) {
		snprintf(err, errlen, "options tty and notty conflict");
		return -1;
	}
	spec->seen |= 1u << bit;
	switch (bit) {
	case SPEC_TTY_BIT: spec->tty = SPEC_TTY_ON; break;
	case SPEC_NOTTY_BIT: spec->tty = SPEC_TTY_OFF; break;
	case SPEC_DETACH_BIT: spec->detach = true; break;
	case SPEC_PRIV_BIT: spec->privileged = true; break;
	case SPEC_USER_BIT: spec->user = xstrndup(value, vlen); break;
	default: spec->workdir = xstrndup(value, vlen); break;
	}
	return 0;
}

int spec_parse(const char *word, struct spec *spec, char *err, size_t errlen)
{
	const char *p, *comma;

	memset(spec, 0, sizeof(*spec));
	if (!spec_is_prefix(word)) {
		snprintf(err, errlen, "'%s' is not container:NAME", word);
		return -1;
	}
	p = word + strlen(SPEC_PREFIX);
	comma = strchr(p, ',');
	spec->name = comma ? xstrndup(p, (size_t)(comma - p)) : xstrdup(p);
	while (comma) {
		p = comma + 1;
		comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == 0) {
			snprintf(err, errlen, "empty option");
			return -1;
		}
		if (spec_option(spec, p, len, err, errlen) < 0)
			return -1;
	}
	return 0;
}

void spec_free(struct spec *spec)
{
	free(spec->name);
	free(spec->user);
	free(spec->workdir);
	memset(spec, 0, sizeof(*spec));
}
