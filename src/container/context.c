/* Engine address selection (context.h). */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "container/context.h"
#include "container/endpoint.h"

#define CONTEXT_PATH_MAX 4096
#define CONTEXT_DIR_MAX 2048

/* The config directory: DOCKER_CONFIG, else $HOME/.docker. Returns false
 * when neither is known. */
static bool context_config_dir(const struct context_settings *cs, char *out,
			       size_t outlen)
{
	if (cs->docker_config)
		snprintf(out, outlen, "%s", cs->docker_config);
	else if (cs->home)
		snprintf(out, outlen, "%s/.docker", cs->home);
	else
		return false;
	return true;
}

/* currentContext of config.json into name ("" when none). Returns 0, or
 * -1 with err when the file exists but cannot be read as JSON. */
static int context_current(const char *dir, char *name, size_t namelen,
			   char *err, size_t errlen)
{
	char path[CONTEXT_PATH_MAX];
	json_error_t jerr;
	json_t *j;
	const char *cur;

	name[0] = '\0';
	snprintf(path, sizeof(path), "%s/config.json", dir);
	j = json_load_file(path, 0, &jerr);
	if (!j) {
		if (access(path, F_OK) != 0)
			return 0;
		snprintf(err, errlen, "cannot read %s: %s", path, jerr.text);
		return -1;
	}
	cur = json_string_value(json_object_get(j, "currentContext"));
	if (cur)
		snprintf(name, namelen, "%s", cur);
	json_decref(j);
	return 0;
}

/* The meta.json of context name in the store of dir (a new reference,
 * or NULL), its directory's name in id. */
static json_t *context_meta(const char *dir, const char *name, char *id,
			    size_t idlen)
{
	char path[CONTEXT_PATH_MAX];
	struct dirent *e;
	json_t *found = NULL;
	DIR *d;

	snprintf(path, sizeof(path), "%s/contexts/meta", dir);
	d = opendir(path);
	while (d && !found && (e = readdir(d)) != NULL) {
		json_t *j;
		const char *n;
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/contexts/meta/%s/meta.json",
			 dir, e->d_name);
		j = json_load_file(path, 0, NULL);
		n = json_string_value(json_object_get(j, "Name"));
		if (n && strcmp(n, name) == 0) {
			found = j;
			snprintf(id, idlen, "%s", e->d_name);
		} else {
			json_decref(j);
		}
	}
	if (d)
		closedir(d);
	return found;
}

static json_t *context_docker(json_t *meta)
{
	return json_object_get(json_object_get(meta, "Endpoints"), "docker");
}

/* Looks name up in the context store of dir: its Endpoints.docker.Host
 * into url. Returns 0, or -1 with err. */
static int context_lookup(const char *dir, const char *name, char *url,
			  size_t urllen, char *err, size_t errlen)
{
	char id[256];
	json_t *j = context_meta(dir, name, id, sizeof(id));
	const char *host = json_string_value(json_object_get(context_docker(j),
							     "Host"));
	int ret = -1;

	if (!j)
		snprintf(err, errlen, "context \"%s\" does not exist", name);
	else if (!host || !host[0])
		snprintf(err, errlen, "context \"%s\" has no docker endpoint",
			 name);
	else if ((size_t)snprintf(url, urllen, "%s", host) < urllen)
		ret = 0;
	json_decref(j);
	return ret;
}

int context_tls(const struct context_settings *cs, const char *name,
		bool *tls, bool *verify, char *tls_dir, size_t dirlen)
{
	char dir[CONTEXT_DIR_MAX], id[256];
	json_t *j;
	bool skip;
	struct stat st;

	*tls = *verify = false;
	if (!context_config_dir(cs, dir, sizeof(dir)))
		return -1;
	j = context_meta(dir, name, id, sizeof(id));
	if (!j)
		return -1;
	skip = json_is_true(json_object_get(context_docker(j),
					    "SkipTLSVerify"));
	json_decref(j);
	snprintf(tls_dir, dirlen, "%s/contexts/tls/%s/docker", dir, id);
	*tls = skip || stat(tls_dir, &st) == 0;
	*verify = *tls && !skip;
	return 0;
}

/* Step 4: the Docker socket, else Podman's, when they exist. */
static void context_fallback(const struct context_settings *cs, char *url,
			     size_t urllen)
{
	const char *dflt = ENDPOINT_DEFAULT + strlen("unix://");
	char podman[300] = "";

	snprintf(url, urllen, "%s", ENDPOINT_DEFAULT);
	if (access(dflt, F_OK) == 0)
		return;
	if (cs->root)
		snprintf(podman, sizeof(podman), "/run/podman/podman.sock");
	else if (cs->xdg_runtime_dir)
		snprintf(podman, sizeof(podman), "%s/podman/podman.sock",
			 cs->xdg_runtime_dir);
	if (podman[0] && access(podman, F_OK) == 0)
		snprintf(url, urllen, "unix://%s", podman);
}

int context_endpoint(const struct context_settings *cs, char *url,
		     size_t urllen, char *from, size_t fromlen, char *err,
		     size_t errlen)
{
	char dir[CONTEXT_DIR_MAX], name[256];

	from[0] = '\0';
	if (cs->docker_host) {
		snprintf(url, urllen, "%s", cs->docker_host);
		return 0;
	}
	name[0] = '\0';
	if (cs->docker_context)
		snprintf(name, sizeof(name), "%s", cs->docker_context);
	else if (context_config_dir(cs, dir, sizeof(dir)) &&
		 context_current(dir, name, sizeof(name), err, errlen) < 0)
		return -1;
	if (name[0] && strcmp(name, "default") != 0) {
		if (!context_config_dir(cs, dir, sizeof(dir))) {
			snprintf(err, errlen, "context \"%s\": no config "
				 "directory (HOME and DOCKER_CONFIG are unset)",
				 name);
			return -1;
		}
		if (context_lookup(dir, name, url, urllen, err, errlen) < 0)
			return -1;
		snprintf(from, fromlen, "%s", name);
		return 0;
	}
	if (cs->container_host) {
		snprintf(url, urllen, "%s", cs->container_host);
		return 0;
	}
	context_fallback(cs, url, urllen);
	return 0;
}
