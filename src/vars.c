#include "vars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "command.h"
#include "error.h"
#include "output.h"
#include "shell.h"

static size_t vars_hash(const char *name)
{
	size_t h = 5381;
	for (; *name; name++)
		h = h * 33 + (unsigned char)*name;
	return h;
}

static void vars_grow(struct vars *v)
{
	size_t n = v->nbuckets ? v->nbuckets * 2 : 128;
	struct var **buckets = xcalloc(n, sizeof *buckets);
	for (size_t i = 0; i < v->nbuckets; i++) {
		struct var *var = v->buckets[i];
		while (var) {
			struct var *next = var->next;
			size_t b = vars_hash(var->name) & (n - 1);
			var->next = buckets[b];
			buckets[b] = var;
			var = next;
		}
	}
	free(v->buckets);
	v->buckets = buckets;
	v->nbuckets = n;
}

struct var *vars_lookup(struct shell *sh, const char *name)
{
	struct vars *v = &sh->vars;
	if (!v->nbuckets)
		return NULL;
	struct var *var = v->buckets[vars_hash(name) & (v->nbuckets - 1)];
	for (; var; var = var->next)
		if (strcmp(var->name, name) == 0)
			return var;
	return NULL;
}

const char *vars_get(struct shell *sh, const char *name)
{
	struct var *var = vars_lookup(sh, name);
	if (var)
		return var->value;
	/* LINENO (XCU 2.5.3) follows the line being run until assigned. */
	if (name[0] == 'L' && strcmp(name, "LINENO") == 0) {
		snprintf(sh->lineno_text, sizeof sh->lineno_text, "%d",
			 sh->lineno);
		return sh->lineno_text;
	}
	return NULL;
}

static struct var *vars_create(struct shell *sh, const char *name)
{
	struct vars *v = &sh->vars;
	if (v->count + 1 > v->nbuckets / 2)
		vars_grow(v);
	struct var *var = xcalloc(1, sizeof *var);
	var->name = xstrdup(name);
	size_t b = vars_hash(name) & (v->nbuckets - 1);
	var->next = v->buckets[b];
	v->buckets[b] = var;
	v->count++;
	return var;
}

int vars_set(struct shell *sh, const char *name, const char *value,
	     unsigned flags)
{
	struct var *var = vars_lookup(sh, name);
	if (var && (var->flags & VAR_READONLY) && value) {
		error_print(sh, "%s: is read only", name);
		return -1;
	}
	if (!var)
		var = vars_create(sh, name);
	if (value) {
		/* A value that fits where the old one was goes there (loop
		 * variables, counters): no allocation. */
		size_t len = strlen(value);
		if (var->value && value != var->value &&
		    strlen(var->value) >= len) {
			memmove(var->value, value, len + 1);
		} else {
			char *copy = xstrndup(value, len);
			free(var->value);
			var->value = copy;
		}
		if (sh->opts.allexport)
			flags |= VAR_EXPORT;
		/* A new PATH makes the remembered locations stale. */
		if (strcmp(name, "PATH") == 0)
			command_hash_clear(sh);
	}
	var->flags |= flags;
	return 0;
}

int vars_assign(struct shell *sh, const char *assignment, unsigned flags)
{
	const char *eq = strchr(assignment, '=');
	if (!eq)
		return vars_set(sh, assignment, NULL, flags);
	char *name = xstrndup(assignment, (size_t)(eq - assignment));
	int r = vars_set(sh, name, eq + 1, flags);
	free(name);
	return r;
}

int vars_unset(struct shell *sh, const char *name)
{
	struct vars *v = &sh->vars;
	if (!v->nbuckets)
		return 0;
	struct var **p = &v->buckets[vars_hash(name) & (v->nbuckets - 1)];
	for (; *p; p = &(*p)->next) {
		struct var *var = *p;
		if (strcmp(var->name, name) != 0)
			continue;
		if (var->flags & VAR_READONLY) {
			error_print(sh, "unset: %s: is read only", name);
			return -1;
		}
		*p = var->next;
		free(var->name);
		free(var->value);
		free(var);
		v->count--;
		if (strcmp(name, "PATH") == 0)
			command_hash_clear(sh);
		return 0;
	}
	return 0;
}

size_t vars_name_len(const char *s)
{
	size_t n = 0;
	if (!(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') ||
	      (s[0] >= 'A' && s[0] <= 'Z')))
		return 0;
	while (s[n] == '_' || (s[n] >= 'a' && s[n] <= 'z') ||
	       (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9'))
		n++;
	return n;
}

bool vars_is_name(const char *s)
{
	size_t n = vars_name_len(s);
	return n > 0 && s[n] == '\0';
}

void vars_init(struct shell *sh, char **environ)
{
	for (char **e = environ; e && *e; e++) {
		const char *eq = strchr(*e, '=');
		if (!eq)
			continue;
		char *name = xstrndup(*e, (size_t)(eq - *e));
		if (vars_is_name(name))
			vars_set(sh, name, eq + 1, VAR_EXPORT);
		free(name);
	}
	/* XCU 2.5.3: IFS is always reset to its default at start-up. */
	vars_set(sh, "IFS", " \t\n", 0);
	if (!vars_get(sh, "PS1"))
		vars_set(sh, "PS1", geteuid() == 0 ? "# " : "$ ", 0);
	if (!vars_get(sh, "PS2"))
		vars_set(sh, "PS2", "> ", 0);
	if (!vars_get(sh, "PS4"))
		vars_set(sh, "PS4", "+ ", 0);
	vars_set(sh, "OPTIND", "1", 0);
	/* As dash: a shell started without PATH gets one (not exported). */
	if (!vars_get(sh, "PATH"))
		vars_set(sh, "PATH", VARS_DEFAULT_PATH, 0);
	char ppid[32];
	snprintf(ppid, sizeof ppid, "%ld", (long)getppid());
	vars_set(sh, "PPID", ppid, 0);
}

static bool vars_same_name(const char *a, const char *b)
{
	while (*a && *a != '=' && *a == *b)
		a++, b++;
	return (*a == '=' || !*a) && (*b == '=' || !*b);
}

char **vars_environ(struct shell *sh, char *const *extra, size_t nextra)
{
	struct vars *v = &sh->vars;
	char **env = xmalloc((v->count + nextra + 1) * sizeof *env);
	size_t n = 0;
	for (size_t i = 0; i < v->nbuckets; i++) {
		for (struct var *var = v->buckets[i]; var; var = var->next) {
			if (!(var->flags & VAR_EXPORT) || !var->value)
				continue;
			bool overridden = false;
			for (size_t j = 0; j < nextra && !overridden; j++)
				overridden = vars_same_name(extra[j], var->name);
			if (overridden)
				continue;
			size_t ln = strlen(var->name), lv = strlen(var->value);
			char *s = xmalloc(ln + lv + 2);
			memcpy(s, var->name, ln);
			s[ln] = '=';
			memcpy(s + ln + 1, var->value, lv + 1);
			env[n++] = s;
		}
	}
	for (size_t j = 0; j < nextra; j++)
		env[n++] = xstrdup(extra[j]);
	env[n] = NULL;
	return env;
}

void vars_free_environ(char **env)
{
	for (char **e = env; e && *e; e++)
		free(*e);
	free(env);
}

static int vars_compare(const void *a, const void *b)
{
	return strcmp((*(struct var *const *)a)->name,
		      (*(struct var *const *)b)->name);
}

void vars_each_sorted(struct shell *sh,
		      void (*fn)(struct shell *sh, struct var *v, void *arg),
		      void *arg)
{
	struct vars *v = &sh->vars;
	struct var **all = xmalloc((v->count + 1) * sizeof *all);
	size_t n = 0;
	for (size_t i = 0; i < v->nbuckets; i++)
		for (struct var *var = v->buckets[i]; var; var = var->next)
			all[n++] = var;
	qsort(all, n, sizeof *all, vars_compare);
	for (size_t i = 0; i < n; i++)
		fn(sh, all[i], arg);
	free(all);
}

void vars_quote(struct shell *sh, const char *value)
{
	output_char(&sh->out, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '\'')
			output_str(&sh->out, "'\\''");
		else
			output_char(&sh->out, *p);
	}
	output_char(&sh->out, '\'');
}

void params_set(struct params *p, int argc, char *const *argv)
{
	char **copy = xmalloc((size_t)(argc + 1) * sizeof *copy);
	for (int i = 0; i < argc; i++)
		copy[i] = xstrdup(argv[i]);
	copy[argc] = NULL;
	params_free(p);
	p->argc = argc;
	p->argv = copy;
}

void params_free(struct params *p)
{
	for (int i = 0; i < p->argc; i++)
		free(p->argv[i]);
	free(p->argv);
	p->argc = 0;
	p->argv = NULL;
}

/* Scopes of `local` (Debian Policy 10.4, dash's semantics): scope is
 * dynamic, so a local is an ordinary variable whose previous state is
 * saved in the running function's list and put back when it returns. */
struct var_saved *vars_scope_enter(struct shell *sh)
{
	struct var_saved *outer = sh->vars.locals;
	sh->vars.locals = NULL;
	return outer;
}

/* Puts back one saved variable, bypassing readonly: the readonly
 * attribute a local acquired ends with it. */
static void vars_restore(struct shell *sh, struct var_saved *s)
{
	struct var *var = vars_lookup(sh, s->name);
	if (!s->existed) {
		if (var) {
			var->flags &= ~VAR_READONLY;
			vars_unset(sh, s->name);
		}
		return;
	}
	if (!var)
		var = vars_create(sh, s->name);
	free(var->value);
	var->value = s->value;
	s->value = NULL;
	var->flags = s->flags;
	if (strcmp(s->name, "PATH") == 0)
		command_hash_clear(sh);
}

void vars_scope_leave(struct shell *sh, struct var_saved *outer)
{
	struct var_saved *s = sh->vars.locals;
	while (s) {
		struct var_saved *next = s->next;
		if (s->opts) {
			bool interactive = sh->opts.interactive;
			sh->opts = *s->opts;
			sh->opts.interactive = interactive;
			free(s->opts);
		} else {
			vars_restore(sh, s);
		}
		free(s->name);
		free(s->value);
		free(s);
		s = next;
	}
	sh->vars.locals = outer;
}

int vars_make_local(struct shell *sh, const char *name, const char *value)
{
	struct var *var = vars_lookup(sh, name);
	if (var && (var->flags & VAR_READONLY) && value) {
		error_print(sh, "local: %s: is read only", name);
		return -1;
	}
	struct var_saved *s = xcalloc(1, sizeof *s);
	if (strcmp(name, "-") == 0) {
		s->opts = xmalloc(sizeof *s->opts);
		*s->opts = sh->opts;
	} else {
		s->name = xstrdup(name);
		s->existed = var != NULL;
		if (var) {
			s->value = var->value ? xstrdup(var->value) : NULL;
			s->flags = var->flags;
		}
	}
	s->next = sh->vars.locals;
	sh->vars.locals = s;
	if (!value || !s->name)
		return 0;
	return vars_set(sh, name, value, 0);
}
