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

/* Stores a copy of the value of "key=value" option opt into *dst when opt
 * starts with key and '='. Returns 1 when stored, 0 when opt is another
 * option, -1 when the value is empty. */
static int spec_value(const char *opt, size_t len, const char *key,
		      char **dst)
{
	size_t klen = strlen(key);

	if (len <= klen || strncmp(opt, key, klen) != 0 || opt[klen] != '=')
		return len == klen && strncmp(opt, key, klen) == 0 ? -1 : 0;
	if (len == klen + 1)
		return -1;
	free(*dst);
	*dst = xstrndup(opt + klen + 1, len - klen - 1);
	return 1;
}

static bool spec_flag(const char *opt, size_t len, const char *flag)
{
	return len == strlen(flag) && strncmp(opt, flag, len) == 0;
}

/* Applies one option of length len. Returns 0 or -1 with err set. */
static int spec_option(struct spec *spec, const char *opt, size_t len,
		       char *err, size_t errlen)
{
	int r;

	if (spec_flag(opt, len, "tty"))
		spec->tty = SPEC_TTY_ON;
	else if (spec_flag(opt, len, "notty"))
		spec->tty = SPEC_TTY_OFF;
	else if (spec_flag(opt, len, "detach"))
		spec->detach = true;
	else if (spec_flag(opt, len, "privileged"))
		spec->privileged = true;
	else if ((r = spec_value(opt, len, "user", &spec->user)) != 0 ||
		 (r = spec_value(opt, len, "workdir", &spec->workdir)) != 0) {
		if (r < 0) {
			snprintf(err, errlen, "option %.*s needs a value",
				 (int)len, opt);
			return -1;
		}
	} else {
		snprintf(err, errlen, "unknown option '%.*s'", (int)len, opt);
		return -1;
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
