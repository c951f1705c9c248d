/* Unit tests for the history list and its file (src/history.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "history.h"
#include "shell.h"
#include "vars.h"

static char *test_env[] = { NULL };

static char test_dir[] = "/tmp/cosh-test-history.XXXXXX";
static char test_file[sizeof test_dir + 16];

/* A new shell whose HISTFILE is the test file, with HISTSIZE size (NULL:
 * unset). There is no shell_free: each test's shell stays reachable. */
static struct shell *history_shell(const char *size)
{
	struct shell *sh = calloc(1, sizeof *sh);

	assert_non_null(sh);
	shell_init(sh, test_env, "cosh");
	vars_set(sh, "HISTFILE", test_file, 0);
	if (size)
		vars_set(sh, "HISTSIZE", size, 0);
	history_start(sh);
	return sh;
}

static char *history_read_file(void)
{
	FILE *f = fopen(test_file, "r");
	static char buf[4096];
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int test_setup(void **state)
{
	(void)state;
	unlink(test_file);
	return 0;
}

static void test_numbers_and_blank_entries(void **state)
{
	struct shell *sh = history_shell(NULL);

	(void)state;
	assert_int_equal(history_next_number(sh), 1);
	history_add(sh, "echo one\n");
	history_add(sh, " \t\n");
	history_add(sh, "echo two\n");
	assert_int_equal(history_first(sh), 1);
	assert_int_equal(history_last(sh), 2);
	assert_string_equal(history_get(sh, 1), "echo one");
	assert_string_equal(history_get(sh, 2), "echo two");
	assert_null(history_get(sh, 3));
	assert_int_equal(history_next_number(sh), 3);
}

/* A multi-line entry and one starting with a tab survive the file. */
static void test_file_round_trip(void **state)
{
	struct shell *sh = history_shell(NULL), *next;

	(void)state;
	history_add(sh, "for i in 1 2\ndo echo $i\n\tdone\n");
	history_add(sh, "\techo tabbed\n");
	history_add(sh, "echo last\n");
	/* The newest entry is written when the next comes or at exit. */
	assert_string_equal(history_read_file(),
			    "for i in 1 2\n\tdo echo $i\n\t\tdone\n"
			    " \techo tabbed\n");
	history_save(sh);
	next = history_shell(NULL);
	assert_int_equal(history_last(next), 3);
	assert_string_equal(history_get(next, 1),
			    "for i in 1 2\ndo echo $i\n\tdone");
	assert_string_equal(history_get(next, 2), " \techo tabbed");
	assert_string_equal(history_get(next, 3), "echo last");
}

/* HISTSIZE bounds the list; a change applies at the next start. */
static void test_size(void **state)
{
	struct shell *sh = history_shell("2");

	(void)state;
	history_add(sh, "a");
	history_add(sh, "b");
	history_add(sh, "c");
	assert_int_equal(history_first(sh), 2);
	assert_int_equal(history_last(sh), 3);
	assert_null(history_get(sh, 1));
	vars_set(sh, "HISTSIZE", "1", 0);
	history_start(sh);
	assert_int_equal(history_first(sh), 3);
	assert_string_equal(history_get(sh, 3), "c");
	vars_set(sh, "HISTSIZE", "0", 0);
	history_start(sh);
	history_add(sh, "d");
	assert_true(history_last(sh) < history_first(sh));
}

/* fc's replacement of its own entry, and its removal. */
static void test_replace_last(void **state)
{
	struct shell *sh = history_shell(NULL);
	unsigned gen;

	(void)state;
	history_add(sh, "echo a");
	history_add(sh, "fc -s a=b");
	gen = sh->history.generation;
	history_replace_last(sh, "echo b\n");
	assert_int_not_equal(sh->history.generation, gen);
	assert_string_equal(history_get(sh, 2), "echo b");
	history_add(sh, "fc -e false");
	history_replace_last(sh, NULL);
	assert_int_equal(history_last(sh), 2);
	history_save(sh);
	assert_string_equal(history_read_file(), "echo a\necho b\n");
}

/* A file past twice HISTSIZE entries is trimmed when a shell starts. */
static void test_trim_on_start(void **state)
{
	struct shell *sh = history_shell(NULL), *next;
	char entry[32];

	(void)state;
	for (int i = 1; i <= 9; i++) {
		snprintf(entry, sizeof entry, "echo %d", i);
		history_add(sh, entry);
	}
	history_save(sh);
	next = history_shell("3");
	assert_int_equal(history_first(next), 1);
	assert_string_equal(history_get(next, 1), "echo 7");
	assert_string_equal(history_read_file(), "echo 7\necho 8\necho 9\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_numbers_and_blank_entries,
				       test_setup),
		cmocka_unit_test_setup(test_file_round_trip, test_setup),
		cmocka_unit_test_setup(test_size, test_setup),
		cmocka_unit_test_setup(test_replace_last, test_setup),
		cmocka_unit_test_setup(test_trim_on_start, test_setup),
	};
	int failed;

	if (!mkdtemp(test_dir))
		return 1;
	snprintf(test_file, sizeof test_file, "%s/history", test_dir);
	failed = cmocka_run_group_tests(tests, NULL, NULL);
	unlink(test_file);
	rmdir(test_dir);
	return failed;
}
