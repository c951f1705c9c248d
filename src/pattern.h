/* Pattern matching notation (XCU 2.14): case, ${x#...}, pathname expansion.
 * A pattern string uses a backslash to make the next character literal;
 * expansion writes quoted characters that way. */
#ifndef COSH_PATTERN_H
#define COSH_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

struct strvec;

/* True when the whole of str matches pat. With PATTERN_PERIOD a leading
 * '.' in str must be matched by a literal '.' (pathname rules). */
#define PATTERN_PERIOD 0x1u
bool pattern_match(const char *pat, const char *str, unsigned flags);
/* True when pat has an unescaped *, ? or [ (worth globbing). */
bool pattern_has_magic(const char *pat);
/* Length of the shortest (or longest) prefix of str matched by pat, or
 * (size_t)-1 when none. */
size_t pattern_match_prefix(const char *pat, const char *str, bool longest);
/* Start index of the shortest (or longest) suffix of str matched by pat,
 * or (size_t)-1 when none. */
size_t pattern_match_suffix(const char *pat, const char *str, bool longest);
/* Pathname expansion (XCU 2.6.6): appends the sorted matches of pat to out
 * (each string malloc'd, owned by the caller) and returns how many. */
size_t pattern_glob(const char *pat, struct strvec *out);
/* Copies pat without its escaping backslashes (for a pattern that matched
 * nothing). The caller frees the result. */
char *pattern_unescape(const char *pat);

#endif
