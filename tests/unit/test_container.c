/* Unit tests of container mode's pure parts: the command word and its
 * options (spec.c), DOCKER_HOST (endpoint.c), the exec create JSON
 * (api.c: quotes, newlines, UTF-8), engine error bodies, start-failure
 * classification (failure.c) and the session's hold-back of a
 * start-failure text (session.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>

#include "container/api.h"
#include "container/container.h"
#include "container/endpoint.h"
#include "container/failure.h"
#include "container/session.h"
#include "container/context.h"
#include "container/spec.h"

static void test_is_prefix(void **state)
{
	(void)state;
	assert_true(container_is_prefix("container:web"));
	assert_true(container_is_prefix("container:web,tty"));
	assert_true(container_is_prefix("container:web,workdir=/tmp"));
	assert_true(container_is_prefix("container:0123abcd"));
	assert_false(container_is_prefix("container:"));
	assert_false(container_is_prefix("container:,tty"));
	assert_false(container_is_prefix("container:a/b"));
	assert_false(container_is_prefix("./container:web"));
	assert_false(container_is_prefix("containers:web"));
	assert_false(container_is_prefix("web"));
}

static void test_spec_options(void **state)
{
	struct spec s;
	char err[128];
	(void)state;
	assert_int_equal(spec_parse("container:web", &s, err, sizeof(err)), 0);
	assert_string_equal(s.name, "web");
	assert_null(s.user);
	assert_int_equal(s.tty, SPEC_TTY_AUTO);
	spec_free(&s);
	assert_int_equal(spec_parse("container:db,user=nobody:nogroup,"
				    "workdir=/tmp/a b,tty,detach,privileged",
				    &s, err, sizeof(err)), 0);
	assert_string_equal(s.name, "db");
	assert_string_equal(s.user, "nobody:nogroup");
	assert_string_equal(s.workdir, "/tmp/a b");
	assert_int_equal(s.tty, SPEC_TTY_ON);
	assert_true(s.detach);
	assert_true(s.privileged);
	spec_free(&s);
	assert_int_equal(spec_parse("container:x,workdir=/a=b", &s, err,
				    sizeof(err)), 0);
	assert_string_equal(s.workdir, "/a=b");
	spec_free(&s);
}

static void expect_spec_error(const char *word, const char *text)
{
	struct spec s;
	char err[128];

	assert_int_equal(spec_parse(word, &s, err, sizeof(err)), -1);
	assert_non_null(strstr(err, text));
	spec_free(&s);
}

static void test_spec_errors(void **state)
{
	(void)state;
	expect_spec_error("container:web,bogus", "unknown option 'bogus'");
	expect_spec_error("container:web,tty,ttyx", "'ttyx'");
	expect_spec_error("container:web,user=", "user");
	expect_spec_error("container:web,workdir", "workdir");
	expect_spec_error("container:web,,tty", "empty option");
	expect_spec_error("container:web,", "empty option");
	expect_spec_error("container:", "not container:NAME");
	expect_spec_error("container:x,tty,notty", "tty and notty conflict");
	expect_spec_error("container:x,notty,tty", "tty and notty conflict");
	expect_spec_error("container:x,user=a,user=b", "user given twice");
	expect_spec_error("container:x,detach,detach", "detach given twice");
	expect_spec_error("container:x,tty=1", "tty takes no value");
}

static void test_context_order(void **state)
{
	struct context_settings cs = { .container_host = "unix:///c.sock",
				       .docker_config = "/nonexistent/cfg" };
	char url[400], from[64], err[256];
	(void)state;
	/* CONTAINER_HOST after Docker's settings; DOCKER_HOST first */
	assert_int_equal(context_endpoint(&cs, url, sizeof(url), from,
					  sizeof(from), err, sizeof(err)), 0);
	assert_string_equal(url, "unix:///c.sock");
	cs.docker_context = "default";
	assert_int_equal(context_endpoint(&cs, url, sizeof(url), from,
					  sizeof(from), err, sizeof(err)), 0);
	assert_string_equal(url, "unix:///c.sock");
	cs.docker_context = "nosuch";
	assert_int_equal(context_endpoint(&cs, url, sizeof(url), from,
					  sizeof(from), err, sizeof(err)), -1);
	assert_non_null(strstr(err, "context \"nosuch\" does not exist"));
	cs.docker_host = "tcp://h:1";
	assert_int_equal(context_endpoint(&cs, url, sizeof(url), from,
					  sizeof(from), err, sizeof(err)), 0);
	assert_string_equal(url, "tcp://h:1");
	assert_string_equal(from, "");
}

static void test_endpoint(void **state)
{
	struct endpoint ep;
	char err[256];
	(void)state;
	assert_int_equal(endpoint_parse(NULL, &ep, err, sizeof(err)), 0);
	assert_int_equal(ep.kind, ENDPOINT_UNIX);
	assert_string_equal(ep.path, "/var/run/docker.sock");
	assert_int_equal(endpoint_parse("", &ep, err, sizeof(err)), 0);
	assert_string_equal(ep.url, ENDPOINT_DEFAULT);
	assert_int_equal(endpoint_parse("unix:///tmp/p.sock", &ep, err,
					sizeof(err)), 0);
	assert_string_equal(ep.path, "/tmp/p.sock");
	assert_int_equal(endpoint_parse("tcp://127.0.0.1:2375", &ep, err,
					sizeof(err)), 0);
	assert_int_equal(ep.kind, ENDPOINT_TCP);
	assert_string_equal(ep.host, "127.0.0.1");
	assert_string_equal(ep.port, "2375");
	assert_int_equal(endpoint_parse("tcp://engine", &ep, err,
					sizeof(err)), 0);
	assert_string_equal(ep.host, "engine");
	assert_string_equal(ep.port, "2375");
	assert_int_equal(endpoint_parse("tcp://[::1]:4000/", &ep, err,
					sizeof(err)), 0);
	assert_string_equal(ep.host, "::1");
	assert_string_equal(ep.port, "4000");
	assert_int_equal(endpoint_parse("ssh://me@host", &ep, err,
					sizeof(err)), 0);
	assert_int_equal(ep.kind, ENDPOINT_SSH);
	assert_string_equal(ep.user, "me");
	assert_string_equal(ep.host, "host");
	assert_string_equal(ep.port, "");
	assert_string_equal(ep.path, "");
	assert_int_equal(endpoint_parse("ssh://h:2222/run/d.sock", &ep, err,
					sizeof(err)), 0);
	assert_string_equal(ep.user, "");
	assert_string_equal(ep.host, "h");
	assert_string_equal(ep.port, "2222");
	assert_string_equal(ep.path, "/run/d.sock");
	assert_int_equal(endpoint_parse("ssh://[::1]:22", &ep, err,
					sizeof(err)), 0);
	assert_string_equal(ep.host, "::1");
	assert_int_equal(endpoint_parse("ssh://me:pw@host", &ep, err,
					sizeof(err)), -1);
	assert_non_null(strstr(err, "password"));
	assert_int_equal(endpoint_parse("ssh://host?x=1", &ep, err,
					sizeof(err)), -1);
	assert_int_equal(endpoint_parse("ssh://-oProxyCommand=x", &ep, err,
					sizeof(err)), -1);
	assert_int_equal(endpoint_parse("ssh://@host", &ep, err,
					sizeof(err)), -1);
	assert_int_equal(endpoint_parse("tcp://h:2376", &ep, err,
					sizeof(err)), 0);
	assert_int_equal(endpoint_parse("tcp://h", &ep, err, sizeof(err)), 0);
	endpoint_set_tls(&ep, false, true, "/c");
	assert_true(ep.tls && ep.tls_verify);
	assert_string_equal(ep.port, "2376");
	assert_string_equal(ep.ca, "/c/ca.pem");
	assert_string_equal(ep.key, "/c/key.pem");
	assert_int_equal(endpoint_parse("tcp://h:80", &ep, err, sizeof(err)),
			 0);
	endpoint_set_tls(&ep, true, false, "/c");
	assert_true(ep.tls && !ep.tls_verify);
	assert_string_equal(ep.port, "80");
	assert_string_equal(ep.ca, "");
	assert_int_equal(endpoint_parse("unix:///s", &ep, err, sizeof(err)),
			 0);
	endpoint_set_tls(&ep, true, true, "/c");
	assert_true(ep.tls);
	assert_string_equal(ep.ca, "");
	assert_int_equal(endpoint_parse("ssh://h", &ep, err, sizeof(err)), 0);
	endpoint_set_tls(&ep, true, true, "/c");
	assert_false(ep.tls);
	assert_int_equal(endpoint_parse("http://h", &ep, err, sizeof(err)),
			 -1);
	assert_int_equal(endpoint_parse("unix://rel.sock", &ep, err,
					sizeof(err)), -1);
	assert_int_equal(endpoint_parse("tcp://:80", &ep, err, sizeof(err)),
			 -1);
	assert_int_equal(endpoint_parse("tcp://h:8x", &ep, err, sizeof(err)),
			 -1);
	assert_int_equal(endpoint_parse("tcp://[::1", &ep, err, sizeof(err)),
			 -1);
}

static json_t *parse_body(const struct api_exec *x, int minor)
{
	char *s = api_exec_create_body(x, minor);
	json_t *j;

	assert_non_null(s);
	j = json_loads(s, 0, NULL);
	free(s);
	assert_non_null(j);
	return j;
}

static void test_create_body(void **state)
{
	char *argv[] = { "sh", "-c", "echo \"a\" 'b'\\\n\tnext", "é€😀",
			 NULL };
	char *env[] = { "FOO=bar baz", "NL=x\ny", NULL };
	struct api_exec x = { .argv = argv, .env = env, .user = "nobody",
			      .workdir = "/tmp", .tty = true, .rows = 24,
			      .cols = 80 };
	json_t *j, *cmd;
	size_t i;
	(void)state;
	j = parse_body(&x, 41);
	cmd = json_object_get(j, "Cmd");
	assert_int_equal(json_array_size(cmd), 4);
	for (i = 0; i < 4; i++)
		assert_string_equal(json_string_value(json_array_get(cmd, i)),
				    argv[i]);
	assert_string_equal(json_string_value(json_array_get(
		json_object_get(j, "Env"), 1)), "NL=x\ny");
	assert_string_equal(json_string_value(json_object_get(j, "User")),
			    "nobody");
	assert_string_equal(json_string_value(json_object_get(j,
			    "WorkingDir")), "/tmp");
	assert_true(json_is_true(json_object_get(j, "Tty")));
	assert_true(json_is_true(json_object_get(j, "AttachStdin")));
	assert_null(json_object_get(j, "ConsoleSize"));   /* below 1.42 */
	assert_null(json_object_get(j, "Privileged"));
	json_decref(j);
	j = parse_body(&x, 43);
	assert_int_equal(json_integer_value(json_array_get(
		json_object_get(j, "ConsoleSize"), 0)), 24);
	json_decref(j);
}

static void test_create_body_detach_no_env(void **state)
{
	char *argv[] = { "true", NULL };
	char *env[] = { NULL };
	struct api_exec x = { .argv = argv, .env = env, .detach = true,
			      .privileged = true };
	json_t *j;
	(void)state;
	j = parse_body(&x, 41);
	assert_null(json_object_get(j, "Env"));   /* like the docker CLI */
	assert_true(json_is_false(json_object_get(j, "AttachStdin")));
	assert_true(json_is_false(json_object_get(j, "AttachStdout")));
	assert_true(json_is_true(json_object_get(j, "Privileged")));
	assert_null(json_object_get(j, "User"));
	json_decref(j);
}

static void test_create_body_bad_utf8(void **state)
{
	char *argv[] = { "echo", "\xff\xfe", NULL };
	struct api_exec x = { .argv = argv };
	(void)state;
	assert_null(api_exec_create_body(&x, 41));
}

static void test_error_message(void **state)
{
	char out[128];
	const char *j = "{\"message\":\"No such container: web\\r\\n\","
			"\"cause\":\"x\"}";
	(void)state;
	api_error_message(j, strlen(j), out, sizeof(out));
	assert_string_equal(out, "No such container: web");
	api_error_message("client version 1.11 is too old\n", 31, out,
			  sizeof(out));
	assert_string_equal(out, "client version 1.11 is too old");
	api_error_message("bad\x1b[31m red", 12, out, sizeof(out));
	assert_string_equal(out, "bad[31m red");
	api_error_message("", 0, out, sizeof(out));
	assert_string_equal(out, "");
}

static void test_failure(void **state)
{
	const char *nf = "OCI runtime exec failed: exec failed: unable to start "
			 "container process: exec: \"nosuch\": executable file "
			 "not found in $PATH: unknown";
	(void)state;
	assert_int_equal(failure_match_start(nf, strlen(nf)), FAILURE_YES);
	assert_int_equal(failure_match_start("OCI", 3), FAILURE_MAYBE);
	assert_int_equal(failure_match_start("", 0), FAILURE_MAYBE);
	assert_int_equal(failure_match_start("hello", 5), FAILURE_NO);
	assert_int_equal(failure_match_start("Error: runc: exec failed: x",
					     27), FAILURE_YES);
	assert_int_equal(failure_status(nf, 126), 127);
	assert_int_equal(failure_status("exec: \"/x\": stat /x: no such file or "
					"directory", 126), 127);
	assert_int_equal(failure_status("exec: \"/etc\": permission denied",
					126), 126);
	assert_int_equal(failure_status("chdir to cwd (\"/n\") set in config."
					"json failed: no such file or directory",
					127), 126);
	assert_int_equal(failure_status("unable to find user x: no matching "
					"entries in passwd file", 126), 126);
	assert_int_equal(failure_status("something else", 128), 128);
}

static void test_sanitize(void **state)
{
	char s[] = "line one\twith tab\x07\r\nline two";
	(void)state;
	assert_string_equal(failure_sanitize(s), "line one with tab");
}

/* Runs session_input over frames with fds 1 and 2 sent to files. */
static void feed_session(struct session *s, const char *buf, size_t n,
			 char *out, char *err)
{
	char o[] = "/tmp/cosh-test-outXXXXXX", e[] = "/tmp/cosh-test-errXXXXXX";
	int fo = mkstemp(o), fe = mkstemp(e), s1 = dup(1), s2 = dup(2);
	ssize_t k;

	dup2(fo, 1);
	dup2(fe, 2);
	assert_int_equal(session_input(s, buf, n), 0);
	dup2(s1, 1);
	dup2(s2, 2);
	k = pread(fo, out, 255, 0);
	out[k < 0 ? 0 : k] = '\0';
	k = pread(fe, err, 255, 0);
	err[k < 0 ? 0 : k] = '\0';
	close(fo);
	close(fe);
	close(s1);
	close(s2);
	unlink(o);
	unlink(e);
}

static size_t frame(char *out, int type, const char *payload)
{
	size_t n = strlen(payload);

	memcpy(out, (char[8]){ (char)type, 0, 0, 0, 0, 0, 0, (char)n }, 8);
	memcpy(out + 8, payload, n);
	return n + 8;
}

static void test_session_hold(void **state)
{
	struct session *s = malloc(sizeof(*s));
	char buf[512], out[256], err[256], text[256];
	size_t n;
	(void)state;
	/* ordinary output goes straight through, in order */
	session_init(s, NULL, "id", NULL, false, NULL);
	n = frame(buf, 1, "hello\n");
	n += frame(buf + n, 2, "oops\n");
	feed_session(s, buf, n, out, err);
	assert_string_equal(out, "hello\n");
	assert_string_equal(err, "oops\n");
	assert_false(session_held_text(s, text, sizeof(text)));
	/* a start-failure text is held back until the status is known */
	session_init(s, NULL, "id", NULL, false, NULL);
	n = frame(buf, 1, "OCI runtime exec failed: exec failed: x\r\n");
	feed_session(s, buf, n, out, err);
	assert_string_equal(out, "");
	assert_true(session_held_text(s, text, sizeof(text)));
	assert_string_equal(text, "OCI runtime exec failed: exec failed: x\r\n");
	session_drop_held(s);
	/* split in the middle of the prefix, then not a failure after all */
	session_init(s, NULL, "id", NULL, false, NULL);
	n = frame(buf, 1, "OCI runner says hi\n");
	feed_session(s, buf, 12, out, err);
	assert_string_equal(out, "");
	feed_session(s, buf + 12, n - 12, out, err);
	assert_string_equal(out, "OCI runner says hi\n");
	/* a whole frame that is only a possible prefix is not held back */
	session_init(s, NULL, "id", NULL, false, NULL);
	n = frame(buf, 1, "OC");
	feed_session(s, buf, n, out, err);
	assert_string_equal(out, "OC");
	free(s);
}

static void test_inspect_and_id(void **state)
{
	struct api_status st;
	char id[65];
	const char *run = "{\"ID\":\"x\",\"Running\":true,\"ExitCode\":null,"
			  "\"Pid\":0}";
	const char *done = "{\"Running\":false,\"ExitCode\":7,\"Pid\":11152}";
	const char *ok = "{\"Id\":\"0123abcdEF\"}";
	const char *slash = "{\"Id\":\"../../x\"}";
	(void)state;
	assert_int_equal(api_inspect_parse(run, strlen(run), &st), 0);
	assert_true(st.running);
	assert_false(st.has_exit_code);
	assert_int_equal(api_inspect_parse(done, strlen(done), &st), 0);
	assert_false(st.running);
	assert_true(st.has_exit_code);
	assert_int_equal(st.exit_code, 7);
	assert_int_equal(st.pid, 11152);
	assert_int_equal(api_inspect_parse("[1]", 3, &st), -1);
	assert_int_equal(api_inspect_parse("{", 1, &st), -1);
	assert_int_equal(api_id_parse(ok, strlen(ok), id), 0);
	assert_string_equal(id, "0123abcdEF");
	assert_int_equal(api_id_parse(slash, strlen(slash), id), -1);
	assert_int_equal(api_id_parse("{}", 2, id), -1);
	assert_int_equal(api_id_parse("{\"Id\":\"\"}", 9, id), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_is_prefix),
		cmocka_unit_test(test_spec_options),
		cmocka_unit_test(test_spec_errors),
		cmocka_unit_test(test_context_order),
		cmocka_unit_test(test_endpoint),
		cmocka_unit_test(test_create_body),
		cmocka_unit_test(test_create_body_detach_no_env),
		cmocka_unit_test(test_create_body_bad_utf8),
		cmocka_unit_test(test_error_message),
		cmocka_unit_test(test_failure),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_session_hold),
		cmocka_unit_test(test_inspect_and_id),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
