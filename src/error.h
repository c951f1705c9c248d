/* The one diagnostic printer and the consequences of errors (XCU 2.8.1). */
#ifndef COSH_ERROR_H
#define COSH_ERROR_H

struct shell;

/* What kind of error happened; error_consequence decides what follows. */
enum error_kind {
	ERROR_SYNTAX,            /* shell language syntax error */
	ERROR_SPECIAL_BUILTIN,   /* utility error in a special builtin */
	ERROR_OTHER_UTILITY,     /* utility error in any other utility */
	ERROR_REDIR_SPECIAL,     /* redirection error on a special builtin */
	ERROR_REDIR_COMPOUND,    /* redirection error on a compound command */
	ERROR_REDIR_FUNCTION,    /* redirection error on a function */
	ERROR_REDIR_OTHER,       /* redirection error on any other utility */
	ERROR_ASSIGNMENT,        /* variable assignment error */
	ERROR_EXPANSION,         /* expansion error (${x?}, bad arithmetic) */
	ERROR_NOT_FOUND,         /* command not found */
};

/* Prints "SOURCE: line N: MESSAGE" on fd 2 in one write: SOURCE is the
 * script or dot file being read, else $0; "$0: MESSAGE" when interactive;
 * "cosh: MESSAGE" before any input is read (start-up errors). */
void error_print(struct shell *sh, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Prints "cosh: MESSAGE" without the script position: for outcomes that
 * concern something outside the script (the container engine), whose
 * messages are documented word for word. */
void error_print_bare(struct shell *sh, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Prints MESSAGE alone (no prefix, no position) on fd 2, after pending
 * builtin output: the report of how a foreground command ended
 * ("Killed"), which dash and bash print that way. */
void error_print_plain(struct shell *sh, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* XCU 2.8.1: in a non-interactive shell the errors the table marks "shall
 * exit" make the shell exit (sh->flow = FLOW_EXIT); under `command` a
 * special builtin's errors do not. Returns status, which becomes $?. */
int error_consequence(struct shell *sh, enum error_kind kind, int status);

#endif
