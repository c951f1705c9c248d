/* Which engine address to use when the command does not say, picked as
 * the docker CLI picks it (docker/cli cli/command: resolveContextName):
 *  1. DOCKER_HOST;
 *  2. else the context named by DOCKER_CONTEXT, else the currentContext
 *     of $DOCKER_CONFIG/config.json ($HOME/.docker by default); "default"
 *     means no context. A named context's endpoint is the Endpoints.docker
 *     .Host of its meta.json in the context store (contexts/meta/<sha256
 *     of the name>/meta.json; the directory whose meta.json carries that
 *     Name is used). A context that does not exist is an error;
 *  3. else CONTAINER_HOST (Podman's variable);
 *  4. else unix:///var/run/docker.sock when that socket exists, else
 *     Podman's socket when it exists (/run/podman/podman.sock for root,
 *     $XDG_RUNTIME_DIR/podman/podman.sock otherwise), else the Docker
 *     default. */
#ifndef COSH_CONTAINER_CONTEXT_H
#define COSH_CONTAINER_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>

/* The settings, each NULL when unset or empty. */
struct context_settings {
	const char *docker_host;
	const char *docker_context;
	const char *docker_config;
	const char *home;
	const char *container_host;
	const char *xdg_runtime_dir;
	bool root;               /* effective uid 0 */
};

/* Stores the engine address in url (urllen bytes) and, when it came from
 * a context, its name in from (fromlen bytes; "" otherwise). Returns 0, or
 * -1 with a message in err: a context that does not exist or has no
 * docker endpoint, an unreadable config.json. */
int context_endpoint(const struct context_settings *cs, char *url,
		     size_t urllen, char *from, size_t fromlen, char *err,
		     size_t errlen);

/* The TLS of the context name, as the docker CLI takes it (cli/context/
 * docker: TLS when the store holds TLS material for the context's docker
 * endpoint, contexts/tls/<id>/docker, or when SkipTLSVerify is true;
 * verified unless SkipTLSVerify). tls_dir receives where that material
 * is (ca.pem, cert.pem, key.pem). Returns 0, or -1 when the context is
 * not found. */
int context_tls(const struct context_settings *cs, const char *name,
		bool *tls, bool *verify, char *tls_dir, size_t dirlen);

#endif
