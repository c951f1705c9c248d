/* : true false (XCU 2.15 colon, true, false). */
#include "builtins/builtins.h"

int builtin_colon(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	return 0;
}

int builtin_true(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	return 0;
}

int builtin_false(struct shell *sh, int argc, char **argv)
{
	(void)sh, (void)argc, (void)argv;
	return 1;
}
