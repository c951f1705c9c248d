#include "word.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

void word_builder_init(struct word_builder *b, struct arena *arena)
{
	b->arena = arena;
	memset(&b->lit, 0, sizeof b->lit);
	b->lit_open = b->lit_quoted = false;
	b->parts = b->local;
	b->nparts = 0;
	b->cap = sizeof b->local / sizeof *b->local;
	b->flags = 0;
}

void word_builder_release(struct word_builder *b)
{
	strbuf_release(&b->lit);
	if (b->parts != b->local)
		free(b->parts);
	b->parts = b->local;
	b->nparts = 0;
	b->cap = sizeof b->local / sizeof *b->local;
}

static void word_builder_push(struct word_builder *b, struct word_part part)
{
	if (b->nparts == b->cap) {
		b->cap *= 2;
		if (b->parts == b->local) {
			b->parts = xmalloc(sizeof *b->parts * b->cap);
			memcpy(b->parts, b->local, sizeof b->local);
		} else {
			b->parts = xrealloc(b->parts, sizeof *b->parts * b->cap);
		}
	}
	b->parts[b->nparts++] = part;
}

static void word_builder_flush(struct word_builder *b)
{
	if (!b->lit_open)
		return;
	struct word_part part = {
		.kind = WORD_LITERAL,
		.quoted = b->lit_quoted,
		.len = (unsigned)b->lit.len,
		.u.text = arena_strndup(b->arena, strbuf_str(&b->lit), b->lit.len),
	};
	word_builder_push(b, part);
	strbuf_reset(&b->lit);
	b->lit_open = false;
}

void word_builder_switch(struct word_builder *b, bool quoted)
{
	if (b->lit_open)
		word_builder_flush(b);
	b->lit_open = true;
	b->lit_quoted = quoted;
	if (quoted)
		b->flags |= WORD_QUOTED;
}

void word_builder_open_quoted(struct word_builder *b)
{
	if (b->lit_open && !b->lit_quoted)
		word_builder_flush(b);
	b->lit_open = true;
	b->lit_quoted = true;
	b->flags |= WORD_QUOTED;
}

void word_builder_part(struct word_builder *b, struct word_part part)
{
	word_builder_flush(b);
	word_builder_push(b, part);
}

/* A lone unquoted literal with no pattern byte and no tilde needs no
 * expansion at all: the word keeps only its text. */
static bool word_builder_is_plain(const struct word_builder *b,
				  const char *text)
{
	if (b->nparts || !b->lit_open || b->lit_quoted || !text ||
	    b->lit.len == 0 || strlen(text) != b->lit.len)
		return false;
	/* A '~' anywhere may start a tilde-prefix in an assignment. */
	return strpbrk(strbuf_str((struct strbuf *)&b->lit), "*?[~") == NULL;
}

struct word *word_builder_finish(struct word_builder *b, const char *text)
{
	struct word *w;
	if (word_builder_is_plain(b, text)) {
		w = arena_alloc(b->arena, sizeof *w);
		w->text = text;
		w->flags = b->flags | WORD_PLAIN;
		w->nparts = 0;
		strbuf_reset(&b->lit);
		b->lit_open = false;
		b->flags = 0;
		return w;
	}
	word_builder_flush(b);
	w = arena_alloc(b->arena, sizeof *w + sizeof *w->parts * b->nparts);
	w->text = text ? text : "";
	w->flags = b->flags;
	w->nparts = b->nparts;
	if (b->nparts)
		memcpy(w->parts, b->parts, sizeof *w->parts * b->nparts);
	b->nparts = 0;
	b->flags = 0;
	return w;
}

void word_strip_assignment_name(struct word *w, size_t namelen)
{
	size_t skip = namelen + 1;  /* name and '=' */
	w->text += skip;
	if (w->flags & WORD_PLAIN) {
		if (!*w->text)
			w->flags &= ~WORD_PLAIN;
		return;
	}
	/* The name and '=' are unquoted bytes of the first literal. */
	if (w->parts[0].len == skip) {
		w->nparts--;
		memmove(w->parts, w->parts + 1, sizeof *w->parts * w->nparts);
	} else {
		w->parts[0].u.text += skip;
		w->parts[0].len -= (unsigned)skip;
	}
}

struct word *word_assignment_value(struct arena *arena, const struct word *w,
				   size_t namelen)
{
	size_t size = sizeof *w + sizeof *w->parts * w->nparts;
	struct word *v = arena_alloc(arena, size);
	memcpy(v, w, size);
	word_strip_assignment_name(v, namelen);
	return v;
}

bool word_part_is_all_params(const struct word_part *part)
{
	return part->kind == WORD_VAR && part->quoted && part->len == 1 &&
	       part->u.text[0] == '@';
}

void word_builder_add_dquote(struct word_builder *b, struct word_builder *inner)
{
	b->flags |= WORD_QUOTED;
	if (inner->nparts == 0) {
		/* "" or "text": a quoted literal says the same. */
		word_builder_open_quoted(b);
		strbuf_add(&b->lit, strbuf_str(&inner->lit), inner->lit.len);
		strbuf_reset(&inner->lit);
		inner->lit_open = false;
		return;
	}
	if (inner->nparts == 1 && !inner->lit_open &&
	    inner->parts[0].kind != WORD_LITERAL) {
		struct word_part part = inner->parts[0];
		part.quoted = true;
		inner->nparts = 0;
		word_builder_part(b, part);
		return;
	}
	struct word_part part = { .kind = WORD_DQUOTE };
	part.u.inner = word_builder_finish(inner, NULL);
	word_builder_part(b, part);
}
