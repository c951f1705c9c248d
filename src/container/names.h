/* Names of the running containers, for tab completion after
 * `container:` at the prompt. */
#ifndef COSH_CONTAINER_NAMES_H
#define COSH_CONTAINER_NAMES_H

#include "strbuf.h"

struct shell;

#define NAMES_TIMEOUT_MS 300

/* Asks the engine (exported DOCKER_HOST or CONTAINER_HOST, else the
 * default socket) for its running containers (GET /containers/json) and
 * appends to out, as malloc'd strings owned by the caller, the names that
 * start with prefix (without the engine's leading '/'). Everything,
 * connect included, is bounded by timeout_ms; on any failure nothing is
 * added and nothing is printed. Returns the number of names added. */
int container_names(struct shell *sh, const char *prefix, int timeout_ms,
		    struct strvec *out);

/* The names in a /containers/json body that start with prefix, appended
 * to out as above (exposed for tests and the fuzzer). Returns how many,
 * or -1 when the body is not a JSON array. */
int container_names_parse(const char *body, size_t len, const char *prefix,
			  struct strvec *out);

#endif
