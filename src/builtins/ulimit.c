/* ulimit (XCU ulimit, with the usual XSI-era resource options):
 *
 *     ulimit [-H|-S] [-a|-c|-d|-f|-n|-s|-t|-v] [limit|unlimited]
 *
 * -f (file size, the only one POSIX requires) is the default. Units are
 * those of dash and bash --posix: 512-byte blocks for -f and -c, kbytes for
 * -d -s -v, seconds for -t, a count for -n. Without a limit the soft limit
 * (or with -H the hard one) is written; with a limit both are set unless
 * -H or -S chooses one. -a writes every limit in dash's format.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "builtins/builtins.h"
#include "error.h"
#include "shell.h"

#define ULIMIT_USAGE "ulimit [-H|-S] [-a|-c|-d|-f|-n|-s|-t|-v] [limit]"

struct ulimit_resource {
	char option;
	int resource;
	rlim_t factor;
	const char *name;  /* for -a */
};

/* In dash's -a order. */
static const struct ulimit_resource ulimit_resources[] = {
	{ 't', RLIMIT_CPU, 1, "time(seconds)" },
	{ 'f', RLIMIT_FSIZE, 512, "file(blocks)" },
	{ 'd', RLIMIT_DATA, 1024, "data(kbytes)" },
	{ 's', RLIMIT_STACK, 1024, "stack(kbytes)" },
	{ 'c', RLIMIT_CORE, 512, "coredump(blocks)" },
	{ 'n', RLIMIT_NOFILE, 1, "nofiles" },
	{ 'v', RLIMIT_AS, 1024, "vmemory(kbytes)" },
};

#define ULIMIT_COUNT (sizeof ulimit_resources / sizeof ulimit_resources[0])

static const struct ulimit_resource *ulimit_find(char option)
{
	for (size_t i = 0; i < ULIMIT_COUNT; i++)
		if (ulimit_resources[i].option == option)
			return &ulimit_resources[i];
	return NULL;
}

static void ulimit_print_value(struct shell *sh, rlim_t v, rlim_t factor)
{
	if (v == RLIM_INFINITY)
		output_str(&sh->out, "unlimited\n");
	else
		output_printf(&sh->out, "%ju\n", (uintmax_t)(v / factor));
}

/* Writes one limit (soft, or hard when hard is true). Returns 0 or 1. */
static int ulimit_show(struct shell *sh, const struct ulimit_resource *r,
		       bool hard, bool with_name)
{
	struct rlimit rl;
	if (getrlimit(r->resource, &rl) < 0) {
		error_print(sh, "ulimit: %s", strerror(errno));
		return 1;
	}
	if (with_name)
		output_printf(&sh->out, "%-20s ", r->name);
	ulimit_print_value(sh, hard ? rl.rlim_max : rl.rlim_cur, r->factor);
	return 0;
}

/* Parses "unlimited" or a decimal count of units. */
static bool ulimit_parse(const char *s, rlim_t factor, rlim_t *out)
{
	if (strcmp(s, "unlimited") == 0) {
		*out = RLIM_INFINITY;
		return true;
	}
	uintmax_t v = 0;
	if (!*s)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		unsigned d = (unsigned)(*s - '0');
		if (v > (UINTMAX_MAX - d) / 10)
			return false;
		v = v * 10 + d;
	}
	if (v > (uintmax_t)(RLIM_INFINITY - 1) / factor)
		return false;
	*out = (rlim_t)(v * factor);
	return true;
}

static int ulimit_set(struct shell *sh, const struct ulimit_resource *r,
		      bool hard, bool soft, const char *arg)
{
	rlim_t v;
	struct rlimit rl;
	if (!ulimit_parse(arg, r->factor, &v)) {
		error_print(sh, "ulimit: %s: bad number", arg);
		return 2;
	}
	if (getrlimit(r->resource, &rl) < 0) {
		error_print(sh, "ulimit: %s", strerror(errno));
		return 1;
	}
	if (hard)
		rl.rlim_max = v;
	if (soft)
		rl.rlim_cur = v;
	if (setrlimit(r->resource, &rl) < 0) {
		error_print(sh, "ulimit: error setting limit (%s)",
			    strerror(errno));
		return 1;
	}
	return 0;
}

int builtin_ulimit(struct shell *sh, int argc, char **argv)
{
	bool hard = false, soft = false, all = false;
	const struct ulimit_resource *r = ulimit_find('f');
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'H')
				hard = true;
			else if (*o == 'S')
				soft = true;
			else if (*o == 'a')
				all = true;
			else if ((r = ulimit_find(*o)) == NULL)
				return builtin_usage(sh, "ulimit",
						     ULIMIT_USAGE);
		}
	}
	if (argc - i > 1 || (all && i < argc))
		return builtin_usage(sh, "ulimit", ULIMIT_USAGE);
	if (all) {
		int status = 0;
		for (size_t k = 0; k < ULIMIT_COUNT; k++)
			status |= ulimit_show(sh, &ulimit_resources[k], hard,
					      true);
		return status;
	}
	if (i == argc)
		return ulimit_show(sh, r, hard && !soft, false);
	if (!hard && !soft)
		hard = soft = true;
	return ulimit_set(sh, r, hard, soft, argv[i]);
}
