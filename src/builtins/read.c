/* read (XCU read): read [-r] [-d delim] [-p prompt] [-n nchars]
 * [-t seconds] [var...]
 *
 * Nothing past the delimiter is consumed from fd 0: on a regular file or
 * block device the line is read in blocks and the offset is set back to
 * just after the delimiter before read returns (as bash does); pipes,
 * terminals, sockets and other devices are read one byte at a time
 * (XCU read: "shall not read past the delimiter"). The shell's own input
 * from the same file gives its read-ahead back before each command
 * (input_sync), so a script run as `sh < script` can read its own lines.
 *
 * Without -r a backslash quotes the next byte (the backslash is removed and
 * the byte is not a field separator) and backslash-newline is removed as a
 * line continuation. The line is split as in XCU 2.6.5 field splitting;
 * each var but the last gets one field and the last gets the rest of the
 * line with its trailing IFS white space removed (and, when the rest is a
 * single field followed by one delimiter, without that delimiter, as every
 * reference shell does). -d (POSIX.1-2024) ends the line at the first
 * byte of delim instead of newline (NUL when delim is empty). NUL bytes
 * in the input are dropped. At end of file the vars are still assigned and
 * the status is 1. An interrupted read(2) is retried, also when a trapped
 * signal arrived (its action runs after read returns); an untrapped
 * Ctrl-C in an interactive shell ends read with status 130 and, as bash,
 * the command line.
 *
 * Extensions (bash, busybox ash, dash): -p writes prompt to stderr when fd
 * 0 is a terminal (as dash, bash and busybox); -n stops after nchars bytes
 * are stored (an escaped byte counts once, a delimiter met before still
 * ends the line; on a terminal canonical mode is off meanwhile, so read
 * returns without Enter), -n 0 reads nothing; -t gives up after seconds
 * (a decimal fraction is allowed) with status 142 (128 + SIGALRM, as bash)
 * and assigns what was read so far; -t 0 only tells whether input is
 * ready (0) or not (1) and assigns nothing. Without a var the line goes to
 * REPLY as read: no field splitting and no white space removed (bash,
 * busybox).
 */
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "builtins/builtins.h"
#include "error.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"

#define READ_USAGE \
	"read [-r] [-d delim] [-p prompt] [-n nchars] [-t seconds] [var ...]"

/* Blocks read from a seekable fd: the first is small (most lines are),
 * each further one twice as large, up to READ_BLOCK_MAX. */
#define READ_BLOCK_FIRST 256
#define READ_BLOCK_MAX 8192

/* Status of a read that timed out (bash). */
#define READ_TIMEOUT_STATUS (128 + 14)

enum read_result {
	READ_BYTE = 1,
	READ_EOF = 0,
	READ_ERROR = -1,
	READ_TIMEOUT = -2,
	READ_INTERRUPTED = -3,
};

struct read_opts {
	bool raw;
	char delim;
	const char *prompt;
	long nchars;               /* -n, or -1 */
	bool timed;
	long long timeout_ns;      /* -t */
};

/* Where the bytes come from: fd 0, through a buffer when it is seekable. */
struct read_src {
	int fd;
	bool block;                /* seekable: read blocks, seek back */
	size_t len, pos, cap;
	bool timed;
	struct timespec deadline;  /* CLOCK_MONOTONIC */
	bool stop_on_int;          /* SIGINT ends the read */
	char buf[READ_BLOCK_MAX];
};

/* The line: bytes, and for each byte whether a backslash quoted it. */
struct read_line {
	struct strbuf text;
	struct strbuf quoted;  /* empty while no byte is quoted, then one
				  byte per text byte: 1 when quoted */
};

/* Regular files and block devices can give back what was read too far;
 * character devices (terminals, /dev/zero), pipes and sockets cannot. */
static bool read_fd_seekable(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 &&
		(S_ISREG(st.st_mode) || S_ISBLK(st.st_mode));
}

static long long read_ns_left(const struct timespec *deadline)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (deadline->tv_sec - now.tv_sec) * 1000000000LL +
		(deadline->tv_nsec - now.tv_nsec);
}

/* Waits until fd 0 is readable or the deadline passes. */
static enum read_result read_wait(struct read_src *s)
{
	for (;;) {
		long long ns = read_ns_left(&s->deadline);
		if (ns <= 0)
			return READ_TIMEOUT;
		long long ms = (ns + 999999) / 1000000;
		struct pollfd pfd = { .fd = s->fd, .events = POLLIN };
		int r = poll(&pfd, 1, ms > INT_MAX ? INT_MAX : (int)ms);
		if (r > 0)
			return READ_BYTE;
		if (r < 0 && errno != EINTR)
			return READ_ERROR;
		if (r < 0 && s->stop_on_int && trap_pending[SIGINT])
			return READ_INTERRUPTED;
	}
}

/* The next byte. */
static enum read_result read_src_byte(struct read_src *s, char *c)
{
	if (s->pos < s->len) {
		*c = s->buf[s->pos++];
		return READ_BYTE;
	}
	for (;;) {
		if (s->timed) {
			enum read_result w = read_wait(s);
			if (w != READ_BYTE)
				return w;
		}
		ssize_t n = read(s->fd, s->buf, s->block ? s->cap : 1);
		if (n > 0) {
			s->len = (size_t)n;
			s->pos = 1;
			*c = s->buf[0];
			if (s->block && s->cap < READ_BLOCK_MAX)
				s->cap *= 2;
			return READ_BYTE;
		}
		if (n == 0)
			return READ_EOF;
		if (errno != EINTR)
			return READ_ERROR;
		if (s->stop_on_int && trap_pending[SIGINT])
			return READ_INTERRUPTED;
	}
}

/* Gives back what was read past the line. */
static void read_src_finish(struct read_src *s)
{
	if (s->block && s->pos < s->len)
		(void)lseek(s->fd, -(off_t)(s->len - s->pos), SEEK_CUR);
	s->len = s->pos = 0;
}

static void read_add_quoted(struct read_line *l, char c)
{
	if (c == '\0')
		return;
	while (l->quoted.len < l->text.len)
		strbuf_addc(&l->quoted, 0);
	strbuf_addc(&l->text, c);
	strbuf_addc(&l->quoted, 1);
}

/* Adds the unquoted bytes at the start of the buffer up to the first one
 * read_input must look at (delimiter, backslash, NUL), at most max. */
static size_t read_add_run(struct read_src *s, struct read_line *l,
			   const struct read_opts *o, size_t max)
{
	const char *p = s->buf + s->pos;
	size_t n = 0, avail = s->len - s->pos;
	if (avail > max)
		avail = max;
	while (n < avail && p[n] != o->delim && p[n] != '\0' &&
	       (o->raw || p[n] != '\\'))
		n++;
	strbuf_add(&l->text, p, n);
	if (l->quoted.len)
		while (l->quoted.len < l->text.len)
			strbuf_addc(&l->quoted, 0);
	s->pos += n;
	return n;
}

/* Reads up to the delimiter, or until -n's count is stored. Returns
 * READ_BYTE when the line is complete. */
static enum read_result read_input(struct read_src *s, struct read_line *l,
				   const struct read_opts *o)
{
	char c;
	enum read_result rc = READ_BYTE;
	size_t limit = o->nchars < 0 ? SIZE_MAX : (size_t)o->nchars;
	while (l->text.len < limit) {
		if (read_add_run(s, l, o, limit - l->text.len))
			continue;
		if ((rc = read_src_byte(s, &c)) != READ_BYTE)
			return rc;
		if (c == o->delim)
			return READ_BYTE;
		if (c == '\0')
			continue;
		if (o->raw || c != '\\') {
			strbuf_addc(&l->text, c);
			continue;
		}
		if ((rc = read_src_byte(s, &c)) != READ_BYTE)
			return rc;
		if (c != '\n')
			read_add_quoted(l, c);
	}
	return rc;
}

enum {
	READ_IFS = 1,        /* an IFS byte */
	READ_IFS_WHITE = 2,  /* an IFS byte that is space, tab or newline */
};

struct read_split {
	const char *text;
	const char *quoted;  /* NULL when no byte is quoted */
	size_t len;
	size_t pos;
	unsigned char ifs[256];  /* READ_IFS | READ_IFS_WHITE by byte */
};

static void read_split_ifs(struct read_split *sp, const char *ifs)
{
	memset(sp->ifs, 0, sizeof sp->ifs);
	for (; *ifs; ifs++) {
		unsigned char c = (unsigned char)*ifs;
		sp->ifs[c] = READ_IFS;
		if (c == ' ' || c == '\t' || c == '\n')
			sp->ifs[c] |= READ_IFS_WHITE;
	}
}

static unsigned read_class(const struct read_split *sp, size_t i)
{
	if (sp->quoted && sp->quoted[i])
		return 0;
	return sp->ifs[(unsigned char)sp->text[i]];
}

static bool read_is_ifs(const struct read_split *sp, size_t i)
{
	return read_class(sp, i) != 0;
}

static bool read_is_ifs_white(const struct read_split *sp, size_t i)
{
	return read_class(sp, i) & READ_IFS_WHITE;
}

static void read_skip_white(struct read_split *sp)
{
	while (sp->pos < sp->len && read_is_ifs_white(sp, sp->pos))
		sp->pos++;
}

/* Skips one field delimiter at pos: IFS white space, optionally one other
 * IFS byte and the white space after it (XCU 2.6.5). */
static void read_skip_delim(struct read_split *sp)
{
	read_skip_white(sp);
	if (sp->pos < sp->len && read_is_ifs(sp, sp->pos) &&
	    !read_is_ifs_white(sp, sp->pos)) {
		sp->pos++;
		read_skip_white(sp);
	}
}

/* End of the field starting at from. */
static size_t read_field_end(const struct read_split *sp, size_t from)
{
	while (from < sp->len && !read_is_ifs(sp, from))
		from++;
	return from;
}

/* The next field (a copy). */
static char *read_next_field(struct read_split *sp)
{
	size_t start = sp->pos;
	size_t end = read_field_end(sp, start);
	sp->pos = end;
	read_skip_delim(sp);
	return xstrndup(sp->text + start, end - start);
}

/* The rest of the line for the last var. */
static char *read_rest(struct read_split *sp)
{
	size_t start = sp->pos;
	size_t end = read_field_end(sp, start);
	struct read_split after = *sp;
	after.pos = end;
	read_skip_delim(&after);
	if (after.pos == sp->len)
		return xstrndup(sp->text + start, end - start);
	end = sp->len;
	while (end > start && read_is_ifs_white(sp, end - 1))
		end--;
	return xstrndup(sp->text + start, end - start);
}

/* Splits the line over the vars and assigns them. Returns 0 or -1 when a
 * variable could not be set. */
static int read_assign(struct shell *sh, struct read_line *l, char **vars,
		       int nvars)
{
	const char *ifs = vars_get(sh, "IFS");
	if (l->quoted.len)
		while (l->quoted.len < l->text.len)
			strbuf_addc(&l->quoted, 0);
	struct read_split sp = {
		.text = strbuf_str(&l->text),
		.quoted = l->quoted.len ? strbuf_str(&l->quoted) : NULL,
		.len = l->text.len,
	};
	read_split_ifs(&sp, ifs ? ifs : " \t\n");
	int rc = 0;
	if (nvars == 0)
		return vars_set(sh, "REPLY", sp.text, 0);
	read_skip_white(&sp);
	for (int i = 0; i < nvars; i++) {
		char *value = i + 1 < nvars ? read_next_field(&sp) :
			read_rest(&sp);
		if (vars_set(sh, vars[i], value, 0) < 0)
			rc = -1;
		free(value);
	}
	return rc;
}

/* -n's operand: a decimal count. */
static bool read_parse_count(const char *arg, long *out)
{
	char *end;
	errno = 0;
	long n = strtol(arg, &end, 10);
	if (!*arg || *end || n < 0 || errno)
		return false;
	*out = n;
	return true;
}

/* -t's operand: seconds, with an optional decimal fraction. */
static bool read_parse_timeout(const char *arg, long long *ns)
{
	long long sec = 0, frac = 0, scale = 1000000000LL;
	const char *p = arg;
	if (!*p || (*p == '.' && !p[1]))
		return false;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (sec > 100000000)
			return false;
		sec = sec * 10 + (*p - '0');
	}
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++)
			if (scale > 1)
				frac += (*p - '0') * (scale /= 10);
	}
	if (*p)
		return false;
	*ns = sec * 1000000000LL + frac;
	return true;
}

/* One option letter with its operand. Returns 0, or 2 after a message. */
static int read_option(struct shell *sh, char letter, const char *arg,
		       struct read_opts *o)
{
	switch (letter) {
	case 'd':
		o->delim = arg[0];
		return 0;
	case 'p':
		o->prompt = arg;
		return 0;
	case 'n':
		if (read_parse_count(arg, &o->nchars))
			return 0;
		error_print(sh, "read: %s: invalid count", arg);
		return 2;
	case 't':
		o->timed = true;
		if (read_parse_timeout(arg, &o->timeout_ns))
			return 0;
		error_print(sh, "read: %s: invalid timeout", arg);
		return 2;
	}
	return builtin_usage(sh, "read", READ_USAGE);
}

/* Parses the options; returns the index of the first var, or -1 after a
 * message (*status says which). */
static int read_options(struct shell *sh, int argc, char **argv,
			struct read_opts *o, int *status)
{
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'r') {
				o->raw = true;
				continue;
			}
			/* -n N or -nN, and so on */
			const char *arg = NULL;
			if (strchr("dpnt", *p) && p[1])
				arg = p + 1;
			else if (strchr("dpnt", *p) && i + 1 < argc)
				arg = argv[++i];
			*status = arg ? read_option(sh, *p, arg, o) :
				builtin_usage(sh, "read", READ_USAGE);
			if (*status)
				return -1;
			break;
		}
	}
	return i;
}

/* -t 0 (bash, busybox): whether input is ready, reading nothing. */
static int read_poll_only(void)
{
	struct pollfd pfd = { .fd = 0, .events = POLLIN };
	int r;
	while ((r = poll(&pfd, 1, 0)) < 0 && errno == EINTR)
		;
	return r > 0 ? 0 : 1;
}

/* -n on a terminal: bytes come as they are typed, not after Enter. Returns
 * whether *saved must be restored. */
static bool read_tty_cbreak(struct termios *saved)
{
	if (!isatty(0) || tcgetattr(0, saved) < 0)
		return false;
	struct termios t = *saved;
	t.c_lflag &= ~(tcflag_t)ICANON;
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	return tcsetattr(0, TCSANOW, &t) == 0;
}

/* Whether Ctrl-C ends read: in the interactive shell itself, where the
 * signal has no trap (XCU 2.11). */
static bool read_stops_on_int(struct shell *sh)
{
	const char *act = sh->traps.action[SIGINT];
	return sh->opts.interactive && !sh->subshell && !(act && *act);
}

/* Reads the line from fd 0 into line, as the options say. */
static enum read_result read_line_from_fd(struct shell *sh,
					  struct read_src *s,
					  struct read_line *line,
					  const struct read_opts *o)
{
	s->fd = 0;
	s->stop_on_int = read_stops_on_int(sh);
	s->block = read_fd_seekable(0);
	s->cap = READ_BLOCK_FIRST;
	s->len = s->pos = 0;
	s->timed = o->timed;
	if (o->timed) {
		clock_gettime(CLOCK_MONOTONIC, &s->deadline);
		s->deadline.tv_sec += (time_t)(o->timeout_ns / 1000000000LL);
		s->deadline.tv_nsec += (long)(o->timeout_ns % 1000000000LL);
		if (s->deadline.tv_nsec >= 1000000000L) {
			s->deadline.tv_sec++;
			s->deadline.tv_nsec -= 1000000000L;
		}
	}
	struct termios saved;
	bool cbreak = o->nchars > 0 && read_tty_cbreak(&saved);
	enum read_result rc = read_input(s, line, o);
	int saved_errno = errno;
	read_src_finish(s);
	if (cbreak)
		tcsetattr(0, TCSANOW, &saved);
	errno = saved_errno;
	return rc;
}

int builtin_read(struct shell *sh, int argc, char **argv)
{
	struct read_opts o = { .delim = '\n', .nchars = -1 };
	int status = 0;
	int first = read_options(sh, argc, argv, &o, &status);
	if (first < 0)
		return status;
	for (int i = first; i < argc; i++) {
		if (!vars_is_name(argv[i])) {
			error_print(sh, "read: %s: bad variable name",
				    argv[i]);
			return 2;
		}
	}
	output_flush(&sh->out);
	if (o.timed && o.timeout_ns == 0)
		return read_poll_only();
	if (o.prompt && isatty(0))
		output_write_all(2, o.prompt, strlen(o.prompt));
	struct read_line line = { 0 };
	struct read_src src;
	enum read_result rc = o.nchars == 0 ? READ_BYTE :
		read_line_from_fd(sh, &src, &line, &o);
	if (rc == READ_ERROR)
		error_print(sh, "read: %s", strerror(errno));
	if (rc == READ_INTERRUPTED)
		output_write_all(2, "\n", 1);  /* the prompt comes on a new line */
	status = rc == READ_BYTE ? 0 : rc == READ_EOF ? 1 :
		rc == READ_TIMEOUT ? READ_TIMEOUT_STATUS :
		rc == READ_INTERRUPTED ? 128 + SIGINT : 2;
	if (rc != READ_INTERRUPTED &&
	    read_assign(sh, &line, argv + first, argc - first) < 0)
		status = 2;
	strbuf_release(&line.text);
	strbuf_release(&line.quoted);
	return status;
}
