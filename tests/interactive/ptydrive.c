/* ptydrive: runs a program on a new pseudo-terminal and drives it from a
 * script, for the interactive tests (tests/interactive/run-tests).
 *
 *   ptydrive SCRIPT PROGRAM [ARG...]
 *
 * The program runs in a new session whose controlling terminal is the
 * pty (80x24, as its stdin, stdout and stderr). SCRIPT has one command a
 * line (blank lines and lines starting with '#' are skipped):
 *
 *   send TEXT     writes TEXT to the terminal; C escapes \r \n \t \e \\
 *                 and \ooo (octal: \003 is Ctrl-C, \032 Ctrl-Z)
 *   expect TEXT   waits until TEXT appears in the output after the end of
 *                 the previous match (escapes as for send)
 *   sleep MS      waits MS milliseconds, collecting output
 *   status N      waits for the program to exit with status N
 *
 * NUL bytes in the output (terminal padding) are dropped. Every wait is
 * bounded (PTYDRIVE_TIMEOUT_MS); on a failed expect or
 * status the output seen since the last match is shown. With PTYDRIVE_LOG
 * set, the whole output is written to the file it names. At the end the
 * program's session is killed. Exits 0 when every command succeeded, 1
 * otherwise, 2 on a usage or system error. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define PTYDRIVE_TIMEOUT_MS 5000

struct ptydrive {
	int master;
	pid_t pid;
	char *out;       /* everything read so far, NUL-terminated */
	size_t len, cap;
	size_t mark;     /* end of the last match */
	bool exited;
	int status;
};

static long long ptydrive_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Starts argv on a new pty. */
static int ptydrive_start(struct ptydrive *d, char **argv)
{
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	int master = posix_openpt(O_RDWR | O_NOCTTY);
	const char *name;

	if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0 ||
	    !(name = ptsname(master)))
		return -1;
	ioctl(master, TIOCSWINSZ, &ws);
	d->pid = fork();
	if (d->pid < 0)
		return -1;
	if (d->pid == 0) {
		int slave;
		setsid();
		slave = open(name, O_RDWR);
		if (slave < 0)
			_exit(127);
		ioctl(slave, TIOCSCTTY, 0);
		dup2(slave, 0);
		dup2(slave, 1);
		dup2(slave, 2);
		if (slave > 2)
			close(slave);
		close(master);
		/* A terminal session starts as a login would: a test run in
		 * the background of a non-interactive shell inherits SIGINT
		 * and SIGQUIT ignored, and the shell under test could not
		 * take them back (XCU 2.11). */
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execvp(argv[0], argv);
		_exit(127);
	}
	d->master = master;
	fcntl(master, F_SETFL, O_NONBLOCK);
	return 0;
}

/* Reads what the program wrote, waiting at most ms. */
static void ptydrive_read(struct ptydrive *d, int ms)
{
	struct pollfd p = { .fd = d->master, .events = POLLIN };
	char buf[4096];
	ssize_t n;

	if (poll(&p, 1, ms) <= 0)
		return;
	while ((n = read(d->master, buf, sizeof buf)) > 0) {
		if (d->len + (size_t)n + 1 > d->cap) {
			d->cap = (d->len + (size_t)n + 1) * 2;
			d->out = realloc(d->out, d->cap);
			if (!d->out)
				abort();
		}
		/* NUL bytes are terminal padding (vt100's $<N> delays):
		 * dropped, so that the output stays one C string. */
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] != '\0')
				d->out[d->len++] = buf[i];
		d->out[d->len] = '\0';
	}
	if (n == 0 || (n < 0 && errno == EIO))
		usleep(10000); /* the other side is gone: do not spin */
}

/* Decodes the escapes of s in place; returns the length. */
static size_t ptydrive_unescape(char *s)
{
	static const char from[] = "rnte\\", to[] = "\r\n\t\033\\";
	char *w = s;

	for (const char *r = s; *r; r++) {
		const char *e;
		if (*r != '\\' || !r[1]) {
			*w++ = *r;
		} else if (r[1] >= '0' && r[1] <= '7') {
			int v = 0, k = 0;
			for (r++; k < 3 && *r >= '0' && *r <= '7'; k++, r++)
				v = v * 8 + (*r - '0');
			r--;
			*w++ = (char)v;
		} else if ((e = strchr(from, r[1]))) {
			*w++ = to[e - from];
			r++;
		} else {
			*w++ = *++r;
		}
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* Shows the output since the last match, escaped, on stderr. */
static void ptydrive_show(const struct ptydrive *d)
{
	fputs("  output since the last match: \"", stderr);
	for (size_t i = d->mark; i < d->len; i++) {
		unsigned char c = (unsigned char)d->out[i];
		if (c == '\n')
			fputs("\\n", stderr);
		else if (c < 32 || c >= 127)
			fprintf(stderr, "\\%03o", c);
		else
			fputc(c, stderr);
	}
	fputs("\"\n", stderr);
}

static int ptydrive_expect(struct ptydrive *d, const char *text)
{
	long long end = ptydrive_now_ms() + PTYDRIVE_TIMEOUT_MS;

	for (;;) {
		char *hit = d->len ? strstr(d->out + d->mark, text) : NULL;
		long long left = end - ptydrive_now_ms();
		if (hit) {
			d->mark = (size_t)(hit - d->out) + strlen(text);
			return 0;
		}
		if (left <= 0)
			break;
		ptydrive_read(d, (int)(left < 100 ? left : 100));
	}
	fprintf(stderr, "ptydrive: timed out waiting for \"%s\"\n", text);
	ptydrive_show(d);
	return -1;
}

static int ptydrive_status(struct ptydrive *d, int want)
{
	long long end = ptydrive_now_ms() + PTYDRIVE_TIMEOUT_MS;

	while (!d->exited && ptydrive_now_ms() < end) {
		int ws;
		ptydrive_read(d, 50);
		if (waitpid(d->pid, &ws, WNOHANG) == d->pid) {
			d->exited = true;
			d->status = WIFEXITED(ws) ? WEXITSTATUS(ws)
						  : 128 + WTERMSIG(ws);
		}
	}
	if (d->exited && d->status == want)
		return 0;
	if (d->exited)
		fprintf(stderr, "ptydrive: exit status %d, expected %d\n",
			d->status, want);
	else
		fprintf(stderr, "ptydrive: the program did not exit\n");
	ptydrive_show(d);
	return -1;
}

/* Runs one script line; returns 0 or -1 (the script stops). */
static int ptydrive_command(struct ptydrive *d, char *line)
{
	char *arg = strchr(line, ' ');
	size_t n;

	arg = arg ? arg + 1 : line + strlen(line);
	if (strncmp(line, "send ", 5) == 0) {
		n = ptydrive_unescape(arg);
		if (write(d->master, arg, n) != (ssize_t)n)
			return -1;
		ptydrive_read(d, 0);
		return 0;
	}
	if (strncmp(line, "expect ", 7) == 0) {
		ptydrive_unescape(arg);
		return ptydrive_expect(d, arg);
	}
	if (strncmp(line, "sleep ", 6) == 0) {
		long long end = ptydrive_now_ms() + atoi(arg);
		while (ptydrive_now_ms() < end)
			ptydrive_read(d, (int)(end - ptydrive_now_ms()));
		return 0;
	}
	if (strncmp(line, "status ", 7) == 0)
		return ptydrive_status(d, atoi(arg));
	fprintf(stderr, "ptydrive: unknown command: %s\n", line);
	return -1;
}

int main(int argc, char **argv)
{
	struct ptydrive d = { .master = -1 };
	char line[4096];
	FILE *script;
	int ret = 0, lineno = 0;

	if (argc < 3) {
		fputs("usage: ptydrive SCRIPT PROGRAM [ARG...]\n", stderr);
		return 2;
	}
	script = fopen(argv[1], "r");
	if (!script || ptydrive_start(&d, argv + 2) < 0) {
		perror("ptydrive");
		return 2;
	}
	while (ret == 0 && fgets(line, sizeof line, script)) {
		line[strcspn(line, "\n")] = '\0';
		lineno++;
		if (!line[0] || line[0] == '#')
			continue;
		if (ptydrive_command(&d, line) < 0) {
			fprintf(stderr, "ptydrive: %s:%d: failed: %s\n",
				argv[1], lineno, line);
			ret = 1;
		}
	}
	fclose(script);
	if (getenv("PTYDRIVE_LOG")) {
		FILE *log = fopen(getenv("PTYDRIVE_LOG"), "w");
		if (log) {
			fwrite(d.out ? d.out : "", 1, d.len, log);
			fclose(log);
		}
	}
	if (!d.exited) {
		kill(-d.pid, SIGKILL);
		waitpid(d.pid, NULL, 0);
	}
	close(d.master);
	free(d.out);
	return ret;
}
