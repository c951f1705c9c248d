/* Reading a line at the terminal: libedit's native editline API when
 * configured (emacs and vi modes following set -o, history, tab
 * completion), else a plain reader. Prompts come from PS1 and PS2; job
 * notifications come before each PS1 (XCU 2.11). */
#include "lineedit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "expand.h"
#include "history.h"
#include "jobs.h"
#include "output.h"
#include "shell.h"
#include "strbuf.h"
#include "trap.h"

#ifdef COSH_LIBEDIT
#include <ctype.h>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <histedit.h>
#include <poll.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

#include "alias.h"
#include "builtins/builtins.h"
#include "func.h"
#ifdef COSH_CONTAINER
#include "container/names.h"
#endif

#define LINEEDIT_PREFIX "container:"

/* libedit is loaded with dlopen the first time an interactive shell reads
 * a line: linking it (with libtinfo and libbsd) into every script run
 * would more than double the start-up cost of cosh. Its functions are
 * reached through these pointers. */
struct lineedit {
	void *handle;
	EditLine *el;
	History *hist;
	struct shell *sh;     /* for the callbacks */
	char *prompt;         /* the prompt of the current read */
	int hist_size;        /* the size hist was given */
	int hist_synced;      /* the newest history entry hist has */
	unsigned hist_generation; /* of the history list hist copies */
	bool vi;              /* the mode el is in */
	mbstate_t mbs;        /* of the character being read */
	EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
	void (*el_end)(EditLine *);
	const char *(*el_gets)(EditLine *, int *);
	int (*el_set)(EditLine *, int, ...);
	int (*el_get)(EditLine *, int, ...);
	const LineInfo *(*el_line)(EditLine *);
	int (*el_insertstr)(EditLine *, const char *);
	void (*el_resize)(EditLine *);
	History *(*history_init)(void);
	void (*history_end)(History *);
	int (*history)(History *, HistEvent *, int, ...);
};

/* Resolves every libedit function; false when one is missing. */
static bool lineedit_resolve(struct lineedit *le, void *h)
{
	static const struct {
		const char *name;
		size_t offset;
	} syms[] = {
#define LINEEDIT_SYM(f) { #f, offsetof(struct lineedit, f) }
		LINEEDIT_SYM(el_init), LINEEDIT_SYM(el_end),
		LINEEDIT_SYM(el_gets), LINEEDIT_SYM(el_set),
		LINEEDIT_SYM(el_get), LINEEDIT_SYM(el_line),
		LINEEDIT_SYM(el_insertstr), LINEEDIT_SYM(el_resize),
		LINEEDIT_SYM(history_init), LINEEDIT_SYM(history_end),
		LINEEDIT_SYM(history),
#undef LINEEDIT_SYM
	};
	for (size_t i = 0; i < sizeof syms / sizeof *syms; i++) {
		void *f = dlsym(h, syms[i].name);
		if (!f)
			return false;
		memcpy((char *)le + syms[i].offset, &f, sizeof f);
	}
	return true;
}

/* The lineedit of el, for the callbacks, which get only el: it is el's
 * client data, read with the el_get that libedit (loaded RTLD_GLOBAL)
 * exports. */
static struct lineedit *lineedit_self(EditLine *el)
{
	int (*get)(EditLine *, int, ...);
	void *f = dlsym(RTLD_DEFAULT, "el_get");
	void *data = NULL;

	if (!f)
		return NULL;
	memcpy(&get, &f, sizeof f);
	get(el, EL_CLIENTDATA, &data);
	return data;
}

static char *lineedit_prompt_fn(EditLine *el)
{
	struct lineedit *le = lineedit_self(el);

	return le && le->prompt ? le->prompt : "";
}

/* --- Tab completion --- */

/* Characters that end a word on the command line. */
static bool lineedit_breaks(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || strchr(";|&()<>`", c);
}

/* Reserved words after which a command name comes (XCU 2.4). */
static bool lineedit_opens_command(const char *w, size_t n)
{
	static const char *const words[] = {
		"!", "{", "do", "elif", "else", "if", "then", "until", "while",
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strlen(words[i]) == n && strncmp(words[i], w, n) == 0)
			return true;
	return false;
}

/* True when w (n bytes) is an assignment word: NAME=... */
static bool lineedit_is_assignment(const char *w, size_t n)
{
	size_t i = 0;

	if (n == 0 || !(isalpha((unsigned char)w[0]) || w[0] == '_'))
		return false;
	while (i < n && (isalnum((unsigned char)w[i]) || w[i] == '_'))
		i++;
	return i < n && w[i] == '=';
}

/* True when the word starting at start is in command position: first on
 * the line, after a separator or an opening reserved word, or after
 * assignments that are. */
static bool lineedit_command_position(const char *buf, const char *start)
{
	const char *p = start, *end;

	for (;;) {
		while (p > buf && (p[-1] == ' ' || p[-1] == '\t'))
			p--;
		if (p == buf || strchr(";|&(`\n", p[-1]))
			return true;
		end = p;
		while (p > buf && !lineedit_breaks(p[-1]))
			p--;
		if (lineedit_opens_command(p, (size_t)(end - p)))
			return true;
		if (!lineedit_is_assignment(p, (size_t)(end - p)))
			return false;
	}
}

/* Candidates named by prefix: builtins, functions, aliases, and the
 * executable files of PATH (XCU 2.9.1.4). */
struct lineedit_prefix {
	const char *prefix;
	size_t len;
	struct strvec *out;
};

static void lineedit_add_func(struct func *f, void *arg)
{
	struct lineedit_prefix *fp = arg;
	if (strncmp(f->name, fp->prefix, fp->len) == 0)
		strvec_push(fp->out, xstrdup(f->name));
}

static void lineedit_commands(struct shell *sh, const char *prefix,
			      struct strvec *out)
{
	size_t n = strlen(prefix);
	int count;
	const struct builtin *b = builtins_table(&count);
	const char *path = vars_get(sh, "PATH");

	for (int i = 0; i < count; i++)
		if (strncmp(b[i].name, prefix, n) == 0)
			strvec_push(out, xstrdup(b[i].name));
	struct lineedit_prefix fp = { prefix, n, out };
	func_each(sh, lineedit_add_func, &fp);
	for (struct alias *a = sh->aliases.list; a; a = a->next)
		if (strncmp(a->name, prefix, n) == 0)
			strvec_push(out, xstrdup(a->name));
	while (path) {
		const char *colon = strchr(path, ':');
		size_t len = colon ? (size_t)(colon - path) : strlen(path);
		char *dir = len ? xstrndup(path, len) : xstrdup(".");
		DIR *d = opendir(dir);
		struct dirent *e;
		struct stat st;
		while (d && (e = readdir(d))) {
			if (e->d_name[0] == '.' ||
			    strncmp(e->d_name, prefix, n) != 0)
				continue;
			if (fstatat(dirfd(d), e->d_name, &st, 0) == 0 &&
			    S_ISREG(st.st_mode) &&
			    faccessat(dirfd(d), e->d_name, X_OK, AT_EACCESS) == 0)
				strvec_push(out, xstrdup(e->d_name));
		}
		if (d)
			closedir(d);
		free(dir);
		path = colon ? colon + 1 : NULL;
	}
}

/* The directory that the first dirlen bytes of word (up to a '/') name:
 * a leading "~/" is $HOME, a leading "$NAME/" or "${NAME}/" the
 * variable's value (nothing else is expanded: completing runs no
 * command). Malloc'd. */
static char *lineedit_dir(struct shell *sh, const char *word, size_t dirlen)
{
	struct strbuf sb = { 0 };
	const char *rest = word, *value = NULL;

	if (strncmp(word, "~/", 2) == 0) {
		value = vars_get(sh, "HOME");
		rest = word + 1;
	} else if (word[0] == '$') {
		bool brace = word[1] == '{';
		const char *name = word + 1 + brace;
		size_t n = vars_name_len(name);
		if (n && name[n] == (brace ? '}' : '/')) {
			char *v = xstrndup(name, n);
			value = vars_get(sh, v);
			free(v);
			rest = name + n + brace;
		}
	}
	if (!value)
		rest = word;
	else
		strbuf_adds(&sb, value);
	strbuf_add(&sb, rest, dirlen - (size_t)(rest - word));
	return strbuf_detach(&sb);
}

/* File names completing word (its directory part kept as typed; see
 * lineedit_dir); directories end with '/'. Hidden files only for a
 * prefix with a dot. */
static void lineedit_files(struct shell *sh, const char *word,
			   struct strvec *out)
{
	const char *slash = strrchr(word, '/');
	const char *base = slash ? slash + 1 : word;
	size_t dirlen = slash ? (size_t)(slash + 1 - word) : 0;
	char *dir = slash ? lineedit_dir(sh, word, dirlen) : xstrdup(".");
	DIR *d;
	struct dirent *e;

	d = opendir(dir);
	free(dir);
	while (d && (e = readdir(d))) {
		struct stat st;
		struct strbuf sb = { 0 };
		if ((e->d_name[0] == '.' && base[0] != '.') ||
		    strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    strncmp(e->d_name, base, strlen(base)) != 0)
			continue;
		strbuf_add(&sb, word, dirlen);
		strbuf_adds(&sb, e->d_name);
		if (fstatat(dirfd(d), e->d_name, &st, 0) == 0 &&
		    S_ISDIR(st.st_mode))
			strbuf_addc(&sb, '/');
		strvec_push(out, strbuf_detach(&sb));
	}
	if (d)
		closedir(d);
}

static int lineedit_compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the candidates and drops duplicates (PATH may name a directory
 * twice). */
static void lineedit_unique(struct strvec *v)
{
	size_t j = 0;

	if (v->len == 0)
		return;
	qsort(v->items, v->len, sizeof *v->items, lineedit_compare);
	for (size_t i = 1; i < v->len; i++) {
		if (strcmp(v->items[i], v->items[j]) == 0)
			free(v->items[i]);
		else
			v->items[++j] = v->items[i];
	}
	v->len = j + 1;
	v->items[v->len] = NULL;
}

/* Inserts s at the cursor with the shell's special characters quoted. */
static void lineedit_insert_quoted(struct lineedit *le, EditLine *el,
				   const char *s)
{
	struct strbuf sb = { 0 };

	for (; *s; s++) {
		if (strchr(" \t\n\\'\"`$&|;<>()*?[]#!{}~", *s))
			strbuf_addc(&sb, '\\');
		strbuf_addc(&sb, *s);
	}
	if (sb.len)
		le->el_insertstr(el, sb.data);
	strbuf_release(&sb);
}

static int lineedit_getc(EditLine *el, wchar_t *wc);

/* More candidates than the screen has lines: asks first, as readline
 * does. True when the answer is y (or a space). */
static bool lineedit_list_anyway(EditLine *el, size_t n)
{
	struct strbuf sb = { 0 };
	wchar_t wc = 0;
	bool yes;

	strbuf_addf(&sb, "\nDisplay all %zu possibilities? (y or n)", n);
	output_write_all(2, sb.data, sb.len);
	strbuf_release(&sb);
	yes = lineedit_getc(el, &wc) == 1 &&
	      (wc == L'y' || wc == L'Y' || wc == L' ');
	if (!yes)
		output_write_all(2, "\n", 1);
	return yes;
}

/* Shows the candidates in columns below the line (after their first
 * head bytes, else after their last '/' or ':'), asking first when they
 * fill more than the screen. */
static void lineedit_list(EditLine *el, struct strvec *v, size_t head)
{
	struct winsize ws;
	size_t width = 0, cols, rows, lines = 24;
	struct strbuf sb = { 0 };
	const char **shown;

	shown = xmalloc(v->len * sizeof *shown);
	for (size_t i = 0; i < v->len; i++) {
		const char *s = v->items[i];
		size_t n = strlen(s);
		const char *cut = n > 1 ? memrchr(s, '/', n - 1) : NULL;
		const char *colon = strchr(s, ':');
		shown[i] = head ? s + head : cut ? cut + 1 : colon ? colon + 1 : s;
		if (strlen(shown[i]) + 2 > width)
			width = strlen(shown[i]) + 2;
	}
	cols = 80;
	if (ioctl(2, TIOCGWINSZ, &ws) == 0 && ws.ws_col) {
		cols = ws.ws_col;
		lines = ws.ws_row ? ws.ws_row : lines;
	}
	cols = cols / width ? cols / width : 1;
	rows = (v->len + cols - 1) / cols;
	if (rows >= lines && !lineedit_list_anyway(el, v->len)) {
		free(shown);
		return;
	}
	strbuf_addc(&sb, '\n');
	for (size_t r = 0; r < rows; r++) {
		for (size_t c = 0; c < cols && c * rows + r < v->len; c++)
			strbuf_addf(&sb, "%-*s", (int)width, shown[c * rows + r]);
		while (sb.len && sb.data[sb.len - 1] == ' ')
			sb.len--;
		strbuf_addc(&sb, '\n');
	}
	output_write_all(2, sb.data, sb.len);
	strbuf_release(&sb);
	free(shown);
}

/* What completing a word found: candidates, how a unique one ends (a
 * space, or '}' after "${"; nothing after a directory), and how many
 * bytes of each a listing leaves out (0: up to the last '/' or ':'). */
struct lineedit_found {
	struct strvec v;
	const char *end;
	size_t head;
};

/* Completes word from the candidates: their longest common prefix is
 * inserted; a single one ends with f->end, unless a directory; several
 * that add nothing are listed. Returns a libedit CC_ code. */
static unsigned char lineedit_apply(struct lineedit *le, EditLine *el,
				    const char *word, struct lineedit_found *f)
{
	struct strvec *v = &f->v;
	size_t n = strlen(word), common;

	if (v->len == 0)
		return CC_ERROR;
	common = strlen(v->items[0]);
	for (size_t i = 1; i < v->len; i++) {
		size_t k = 0;
		while (k < common && v->items[i][k] == v->items[0][k])
			k++;
		common = k;
	}
	if (common > n || v->len == 1) {
		char *add = xstrndup(v->items[0] + n, common > n ? common - n : 0);
		lineedit_insert_quoted(le, el, add);
		free(add);
		if (v->len == 1 && v->items[0][common - 1] != '/')
			le->el_insertstr(el, f->end);
		return CC_REFRESH;
	}
	lineedit_list(el, v, f->head);
	return CC_REDISPLAY;
}

/* The word before the cursor without its backslashes. */
static char *lineedit_word(const LineInfo *li, const char **start)
{
	const char *p = li->cursor;
	struct strbuf sb = { 0 };

	while (p > li->buffer && (!lineedit_breaks(p[-1]) ||
				  (p - 1 > li->buffer && p[-2] == '\\')))
		p--;
	*start = p;
	for (; p < li->cursor; p++) {
		if (*p == '\\' && p + 1 < li->cursor)
			p++;
		strbuf_addc(&sb, *p);
	}
	return strbuf_detach(&sb);
}

struct lineedit_vars {
	const char *word;     /* up to and including "$" or "${" */
	size_t head;          /* its length */
	const char *prefix;   /* the part of the name typed */
	struct strvec *out;
};

static void lineedit_var(struct shell *sh, struct var *v, void *arg)
{
	struct lineedit_vars *lv = arg;
	struct strbuf sb = { 0 };

	(void)sh;
	if (!v->value || strncmp(v->name, lv->prefix, strlen(lv->prefix)))
		return;
	strbuf_add(&sb, lv->word, lv->head);
	strbuf_adds(&sb, v->name);
	strvec_push(lv->out, strbuf_detach(&sb));
}

/* When word ends in "$NAME" or "${NAME" (NAME possibly empty): the
 * variables whose names complete it, with '}' to end a unique one after
 * "${"; false when word does not end so. */
static bool lineedit_vars(struct shell *sh, const char *word,
			  struct lineedit_found *f)
{
	const char *dollar = strrchr(word, '$'), *name;
	struct lineedit_vars lv;

	if (!dollar)
		return false;
	name = dollar + 1 + (dollar[1] == '{');
	for (const char *p = name; *p; p++)
		if (!(isalnum((unsigned char)*p) || *p == '_'))
			return false;
	if (*name >= '0' && *name <= '9')
		return false;
	lv.word = word;
	lv.head = (size_t)(name - word);
	lv.prefix = name;
	lv.out = &f->v;
	vars_each_sorted(sh, lineedit_var, &lv);
	f->end = dollar[1] == '{' ? "}" : " ";
	f->head = lv.head;
	return true;
}

/* Container names after "container:" (the name part, before any
 * option), at most NAMES_TIMEOUT_MS; nothing on failure. */
static void lineedit_containers(struct shell *sh, const char *word,
				struct strvec *out)
{
#ifdef COSH_CONTAINER
	struct strvec names = { 0 };
	const char *prefix = word + strlen(LINEEDIT_PREFIX);

	if (strchr(prefix, ','))
		return;
	container_names(sh, prefix, NAMES_TIMEOUT_MS, &names);
	for (size_t i = 0; i < names.len; i++) {
		struct strbuf sb = { 0 };
		strbuf_adds(&sb, LINEEDIT_PREFIX);
		strbuf_adds(&sb, names.items[i]);
		strvec_push(out, strbuf_detach(&sb));
		free(names.items[i]);
	}
	strvec_release(&names);
#else
	(void)sh;
	(void)word;
	(void)out;
#endif
}

/* The TAB key (EL_ADDFN): variable names after "$" or "${", command
 * names in command position, container names after "container:", file
 * names elsewhere. */
static unsigned char lineedit_complete(EditLine *el, int ch)
{
	struct lineedit *le = lineedit_self(el);
	const LineInfo *li;
	const char *start;
	struct lineedit_found f = { .end = " " };
	char *word;
	unsigned char ret;

	(void)ch;
	if (!le)
		return CC_ERROR;
	li = le->el_line(el);
	word = lineedit_word(li, &start);
	if (lineedit_vars(le->sh, word, &f))
		;  /* $NAME, ${NAME */
	else if (!lineedit_command_position(li->buffer, start) ||
		 strchr(word, '/'))
		lineedit_files(le->sh, word, &f.v);
	else if (strncmp(word, LINEEDIT_PREFIX, strlen(LINEEDIT_PREFIX)) == 0)
		lineedit_containers(le->sh, word, &f.v);
	else
		lineedit_commands(le->sh, word, &f.v);
	lineedit_unique(&f.v);
	ret = lineedit_apply(le, el, word, &f);
	for (size_t i = 0; i < f.v.len; i++)
		free(f.v.items[i]);
	strvec_release(&f.v);
	free(word);
	return ret;
}

/* --- Reading characters --- */

/* Waits until fd 0 is readable. Returns 0, or -1 (errno EINTR) when
 * Ctrl-C must end the read: SIGINT and SIGCHLD are blocked except inside
 * ppoll, so a Ctrl-C typed just as the prompt appears cannot slip in
 * between the check and the sleep. With set -b, jobs that finish or
 * stop meanwhile are reported at once (XCU 2.11) and the line redrawn. */
static int lineedit_wait(struct lineedit *le, EditLine *el)
{
	struct pollfd p = { .fd = 0, .events = POLLIN };
	sigset_t block, old;
	int ret = 0;

	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &old);
	for (;;) {
		if (trap_pending[SIGINT]) {
			ret = -1;
			break;
		}
		if (le->sh->opts.notify && jobs_notify(le->sh, "\n"))
			le->el_set(el, EL_REFRESH);
		if (ppoll(&p, 1, NULL, &old) > 0 || errno != EINTR)
			break;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = EINTR;
	return ret;
}

/* libedit's character reader (EL_GETCFN): one character, decoded from
 * the locale's multibyte encoding. 1, 0 at end of input, -1 on error or
 * Ctrl-C. */
static int lineedit_getc(EditLine *el, wchar_t *wc)
{
	struct lineedit *le = lineedit_self(el);
	char c;

	if (!le)
		return -1;
	for (;;) {
		ssize_t n;
		size_t r;
		if (lineedit_wait(le, el) < 0)
			return -1;
		n = read(0, &c, 1);
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			return (int)n;
		r = mbrtowc(wc, &c, 1, &le->mbs);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1) {
			memset(&le->mbs, 0, sizeof le->mbs);
			*wc = (unsigned char)c;
		}
		return 1;
	}
}

/* --- Loading and reading --- */

/* Keys that terminals send whatever TERM says (xterm, the VT220 and
 * rxvt families): Home and End, Delete, and Ctrl- or Alt-Left/Right
 * moving by words. In vi mode only in the command map: in the insert map
 * they would make Escape wait for the rest of a sequence instead of
 * entering command mode. */
static void lineedit_keys(struct lineedit *le)
{
	static const char *const keys[][2] = {
		{ "\033[H", "ed-move-to-beg" }, { "\033OH", "ed-move-to-beg" },
		{ "\033[1~", "ed-move-to-beg" }, { "\033[7~", "ed-move-to-beg" },
		{ "\033[F", "ed-move-to-end" }, { "\033OF", "ed-move-to-end" },
		{ "\033[4~", "ed-move-to-end" }, { "\033[8~", "ed-move-to-end" },
		{ "\033[3~", "ed-delete-next-char" },
		{ "\033[1;5D", "ed-prev-word" }, { "\033[1;3D", "ed-prev-word" },
		{ "\033[5D", "ed-prev-word" }, { "\033Od", "ed-prev-word" },
		{ "\033[1;5C", "em-next-word" }, { "\033[1;3C", "em-next-word" },
		{ "\033[5C", "em-next-word" }, { "\033Oc", "em-next-word" },
	};
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
		if (le->vi)
			le->el_set(le->el, EL_BIND, "-a", keys[i][0],
				   keys[i][1], NULL);
		else
			le->el_set(le->el, EL_BIND, keys[i][0], keys[i][1],
				   NULL);
	}
}

/* el's editing mode follows set -o vi / set -o emacs (emacs when neither);
 * the bindings are made again since EL_EDITOR resets the key maps. */
static void lineedit_mode(struct lineedit *le, struct shell *sh, bool first)
{
	if (!first && le->vi == sh->opts.vi)
		return;
	le->vi = sh->opts.vi;
	le->el_set(le->el, EL_EDITOR, le->vi ? "vi" : "emacs");
	le->el_set(le->el, EL_BIND, "^I", "cosh-complete", NULL);
	lineedit_keys(le);
}

/* libedit's history copies the shell's (history.c), which fc and a
 * change of HISTSIZE may alter between two reads. */
static void lineedit_sync_history(struct lineedit *le, struct shell *sh)
{
	const struct history *h = &sh->history;
	HistEvent ev;
	int n = history_first(sh), last = history_last(sh);

	if (le->hist_size != h->size) {
		le->hist_size = h->size;
		le->history(le->hist, &ev, H_SETSIZE, h->size > 0 ? h->size : 1);
		le->hist_generation = h->generation - 1;
	}
	if (le->hist_generation != h->generation || le->hist_synced > last) {
		le->history(le->hist, &ev, H_CLEAR);
		le->hist_generation = h->generation;
		le->hist_synced = 0;
	}
	if (n <= le->hist_synced)
		n = le->hist_synced + 1;
	if (h->size > 0)
		for (; n <= last; n++)
			le->history(le->hist, &ev, H_ENTER, history_get(sh, n));
	le->hist_synced = last;
}

static bool lineedit_setup(struct lineedit *le, struct shell *sh)
{
	HistEvent ev;

	le->sh = sh;
	le->el = le->el_init("cosh", stdin, stderr, stderr);
	le->hist = le->history_init();
	if (!le->el || !le->hist)
		return false;
	le->history(le->hist, &ev, H_SETUNIQUE, 1);
	le->hist_size = -1;
	le->el_set(le->el, EL_CLIENTDATA, le);
	le->el_set(le->el, EL_PROMPT, lineedit_prompt_fn);
	le->el_set(le->el, EL_HIST, le->history, le->hist);
	le->el_set(le->el, EL_GETCFN, lineedit_getc);
	le->el_set(le->el, EL_ADDFN, "cosh-complete",
		   "complete a command, file or container name",
		   lineedit_complete);
	lineedit_mode(le, sh, true);
	return true;
}

static struct lineedit *lineedit_load(struct shell *sh)
{
	static const char *const names[] = {
		"libedit.so.2", "libedit.so.0", "libedit.so",
	};
	if (sh->lineedit)
		return sh->lineedit->el ? sh->lineedit : NULL;
	sh->lineedit = xcalloc(1, sizeof *sh->lineedit);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		/* RTLD_GLOBAL: the callbacks find el_get by name. */
		void *h = dlopen(names[i], RTLD_NOW | RTLD_GLOBAL);
		if (!h)
			continue;
		if (lineedit_resolve(sh->lineedit, h) &&
		    lineedit_setup(sh->lineedit, sh)) {
			sh->lineedit->handle = h;
			return sh->lineedit;
		}
		dlclose(h);
		memset(sh->lineedit, 0, sizeof *sh->lineedit);
	}
	return NULL;
}
#endif

/* XCU 2.5.3 PS1: each '!' is the number of the next history entry, "!!"
 * a '!'. Done before parameter expansion, as bash does, so a '!' that a
 * parameter's value brings stays as it is. Malloc'd. */
static char *lineedit_bang(struct shell *sh, const char *ps)
{
	struct strbuf sb = { 0 };

	for (const char *p = ps; *p; p++) {
		if (*p != '!')
			strbuf_addc(&sb, *p);
		else if (p[1] == '!')
			strbuf_addc(&sb, *p++);
		else
			strbuf_addf(&sb, "%d", history_next_number(sh));
	}
	return strbuf_detach(&sb);
}

static const char *lineedit_prompt(struct shell *sh, bool continuation)
{
	const char *ps = vars_get(sh, continuation ? "PS2" : "PS1");
	const char *shown;
	char *bang;

	if (!ps)
		return "";
	if (continuation || !strchr(ps, '!'))
		return expand_prompt(sh, ps);
	bang = lineedit_bang(sh, ps);
	shown = expand_prompt(sh, bang);
	free(bang);
	return shown;
}

/* Without a line editor: the prompt on fd 2 and a line read a byte at a
 * time, so nothing after the newline is consumed. Ctrl-C ends the read
 * (NULL, with SIGINT pending). */
static char *lineedit_plain(struct shell *sh, const char *prompt, size_t *len)
{
	output_flush(&sh->out);
	output_write_all(2, prompt, strlen(prompt));
	struct strbuf sb = { 0 };
	for (;;) {
		char c;
		ssize_t n = read(0, &c, 1);
		if (n < 0 && errno == EINTR && !trap_pending[SIGINT])
			continue;
		if (n <= 0) {
			if (n < 0)
				sb.len = 0;
			break;
		}
		strbuf_addc(&sb, c);
		if (c == '\n')
			break;
	}
	if (sb.len == 0) {
		strbuf_release(&sb);
		return NULL;
	}
	*len = sb.len;
	return strbuf_detach(&sb);
}

#ifdef COSH_LIBEDIT
/* One line through libedit, with its newline (the history gets whole
 * commands from input.c). NULL at end of input or when Ctrl-C ended the
 * read. */
static char *lineedit_edit(struct shell *sh, struct lineedit *le,
			   char *prompt, size_t *len)
{
	const char *got;
	int count = 0;
	size_t n;
	char *line;

	output_flush(&sh->out);
	lineedit_mode(le, sh, false);
	lineedit_sync_history(le, sh);
	le->el_resize(le->el);
	le->prompt = prompt;
	got = le->el_gets(le->el, &count);
	le->prompt = NULL;
	if (!got || count <= 0) {
		/* Ctrl-C: the dropped line shows ^C, as in bash (the newline
		 * comes from exec.c). Ctrl-D: libedit wrote ^D; what the
		 * shell says next goes on a line of its own. */
		if (trap_pending[SIGINT])
			output_write_all(2, "^C", 2);
		else
			output_write_all(2, "\n", 1);
		return NULL;
	}
	n = strlen(got);
	line = xmalloc(n + 2);
	memcpy(line, got, n);
	if (n == 0 || line[n - 1] != '\n')
		line[n++] = '\n';
	line[n] = '\0';
	*len = n;
	return line;
}
#endif

/* set -o ignoreeof: an interactive shell does not leave on end of file
 * at the primary prompt. */
static bool lineedit_ignore_eof(struct shell *sh, bool continuation)
{
	static const char msg[] = "Use \"exit\" to leave the shell.\n";

	if (!sh->opts.ignoreeof || continuation || trap_pending[SIGINT] ||
	    !isatty(0))
		return false;
	output_write_all(2, msg, sizeof msg - 1);
	return true;
}

char *lineedit_read(struct shell *sh, bool continuation, size_t *len)
{
	char *line = NULL;
#ifdef COSH_LIBEDIT
	struct lineedit *le = isatty(0) && isatty(2) ? lineedit_load(sh)
						     : NULL;
#endif
	do {
		if (!continuation) {
			jobs_notify(sh, "");
			history_start(sh);
		}
		struct arena_mark mark = arena_mark(&sh->scratch);
		char *prompt = xstrdup(lineedit_prompt(sh, continuation));
		arena_release(&sh->scratch, mark);
#ifdef COSH_LIBEDIT
		if (le)
			line = lineedit_edit(sh, le, prompt, len);
		else
			line = lineedit_plain(sh, prompt, len);
#else
		line = lineedit_plain(sh, prompt, len);
#endif
		free(prompt);
	} while (!line && lineedit_ignore_eof(sh, continuation));
	return line;
}

void lineedit_end(struct shell *sh)
{
#ifdef COSH_LIBEDIT
	struct lineedit *le = sh->lineedit;

	if (le && le->el) {
		le->el_end(le->el);
		le->history_end(le->hist);
		le->el = NULL;
	}
#else
	(void)sh;
#endif
}
