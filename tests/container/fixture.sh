#!/bin/sh
# End-to-end fixture for container mode: a real engine and test containers.
#
#   fixture.sh up DIR     start what is missing, write DIR/env (sourced by
#                         run-tests: DOCKER_HOST, ENGINE, ENGINE_CLI)
#   fixture.sh down DIR   remove only what "up" created, end only the
#                         processes it started (by pid)
#
# Docker by default: dockerd from Debian's docker.io is started
# (--iptables=false --bridge=none) when no engine answers on
# /var/run/docker.sock. With PODMAN=1, `podman system service` is started
# on a socket in DIR. The image is made with `<engine> import` from a
# busybox-static root filesystem assembled here (no registry needed).
# Containers: cosh-web (running), cosh-paused, cosh-stopped, cosh-pipe1,
# cosh-pipe2, all with --network none. Fails loudly (exit 1) when the
# engine cannot be started: the tests must never be skipped silently.
set -u

IMAGE=cosh-test-busybox:fixture
CONTAINERS="cosh-web cosh-paused cosh-stopped cosh-pipe1 cosh-pipe2"
WAIT=${FIXTURE_WAIT:-60}

die() { echo "fixture: $*" >&2; exit 1; }
log() { echo "fixture: $*" >&2; }

# apt-get install of the packages whose commands are missing.
need() {
	missing=
	while [ $# -gt 1 ]; do
		command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
		shift 2
	done
	[ -z "$missing" ] && return 0
	log "installing$missing"
	# docker.test and podman.test may run at once (make -j2 check):
	# one apt-get at a time.
	apt="apt-get -o DPkg::Lock::Timeout=300"
	export DEBIAN_FRONTEND=noninteractive
	flock /tmp/cosh-fixture-apt.lock $apt install -y \
		--no-install-recommends $missing >"$DIR/apt.log" 2>&1 ||
	{ flock /tmp/cosh-fixture-apt.lock $apt update >>"$DIR/apt.log" 2>&1 &&
	  flock /tmp/cosh-fixture-apt.lock $apt install -y \
		--no-install-recommends $missing >>"$DIR/apt.log" 2>&1; } ||
	die "apt-get install$missing failed (see $DIR/apt.log)"
}

engine() { "$CLI" "$@"; }

engine_answers() {
	if [ -n "${PODMAN:-}" ]; then
		curl -s --max-time 2 --unix-socket "$SOCK" http://d/_ping \
			>/dev/null 2>&1
	else
		docker version >/dev/null 2>&1
	fi
}

wait_engine() {
	i=0
	while ! engine_answers; do
		i=$((i + 1))
		[ "$i" -gt $((WAIT * 4)) ] && return 1
		kill -0 "$1" 2>/dev/null || return 1
		sleep 0.25
	done
}

start_engine() {
	if [ -n "${PODMAN:-}" ]; then
		rm -f "$SOCK"
		podman system service --time=0 "unix://$SOCK" \
			>"$DIR/engine.log" 2>&1 &
	else
		# dockerd may leave a stale pid file behind
		[ -f /var/run/docker.pid ] &&
			! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null &&
			rm -f /var/run/docker.pid
		dockerd --iptables=false --bridge=none \
			>"$DIR/engine.log" 2>&1 &
	fi
	pid=$!
	echo "pid $pid" >>"$DIR/created"
	if ! wait_engine "$pid"; then
		tail -n 30 "$DIR/engine.log" >&2
		die "the engine did not answer within ${WAIT}s (log: $DIR/engine.log)"
	fi
	log "started $CLI engine, pid $pid"
}

# A root filesystem with busybox-static and every applet linked.
make_image() {
	bb=$(command -v busybox)
	[ -n "$bb" ] || die "busybox not found"
	file -L "$bb" 2>/dev/null | grep -q 'dynamically' &&
		bb=/bin/busybox
	root=$DIR/rootfs
	rm -rf "$root"
	mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root" \
		"$root/proc" "$root/sys" "$root/dev" "$root/home/nobody"
	chmod 1777 "$root/tmp"
	cp "$bb" "$root/bin/busybox"
	for a in $("$root/bin/busybox" --list); do
		[ "$a" = busybox ] || ln -s busybox "$root/bin/$a"
	done
	printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home/nobody:/bin/sh\n' \
		>"$root/etc/passwd"
	printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
	printf '#!/bin/sh\necho script-ran\n' >"$root/bin/hello-script"
	chmod 755 "$root/bin/hello-script"
	printf 'not executable\n' >"$root/bin/noexec"
	chmod 644 "$root/bin/noexec"
	tar -C "$root" -cf - . | engine import \
		--change 'ENV PATH=/bin' - "$IMAGE" >/dev/null ||
		die "$CLI import failed"
	echo "image $IMAGE" >>"$DIR/created"
	rm -rf "$root"
}

run_container() {
	name=$1
	shift
	id=$(engine run -d --name "$name" --network none $ULIMITS "$@" \
		"$IMAGE" "${CMD:-sleep}" "${ARG:-2147483647}") ||
		die "cannot start container $name"
	echo "container $name $id" >>"$DIR/created"
}

up() {
	mkdir -p "$DIR"
	: >>"$DIR/created"
	need socat socat script bsdutils curl curl file file ps procps
	[ -x /bin/busybox ] || need busybox-static-missing busybox-static
	# the ssh:// tests run a private sshd
	need ssh openssh-client ssh-keygen openssh-client openssl openssl
	[ -x /usr/sbin/sshd ] || need sshd-missing openssh-server
	if [ -n "${PODMAN:-}" ]; then
		need podman podman
		CLI=podman
		SOCK=$DIR/podman.sock
		HOST=unix://$SOCK
		ULIMITS="--ulimit nofile=1024:1024 --ulimit nproc=4096:4096"
	else
		need dockerd docker.io
		CLI=$(command -v docker)
		HOST=unix:///var/run/docker.sock
		ULIMITS=
		SOCK=/var/run/docker.sock
	fi
	engine_answers || start_engine
	engine image inspect "$IMAGE" >/dev/null 2>&1 || make_image
	for c in $CONTAINERS; do
		engine rm -f "$c" >/dev/null 2>&1
	done
	run_container cosh-web --hostname web
	run_container cosh-pipe1 --hostname pipe1
	run_container cosh-pipe2 --hostname pipe2
	run_container cosh-paused
	engine pause cosh-paused >/dev/null || die "cannot pause cosh-paused"
	CMD=true ARG=stopped run_container cosh-stopped
	engine wait cosh-stopped >/dev/null 2>&1
	{
		echo "DOCKER_HOST=$HOST"
		echo "ENGINE=${PODMAN:+podman}"
		echo "ENGINE_CLI=$CLI"
		echo "IMAGE=$IMAGE"
	} >"$DIR/env"
	sed -i 's/^ENGINE=$/ENGINE=docker/' "$DIR/env"
	log "ready: $HOST"
}

down() {
	[ -f "$DIR/created" ] || return 0
	if [ -n "${PODMAN:-}" ]; then CLI=podman; else CLI=docker; fi
	# containers first, then the image, then the processes
	grep '^container ' "$DIR/created" | while read -r _ c id; do
		engine rm -f "$c" >/dev/null 2>&1
		# Podman leaves a conmon per exec session behind for minutes
		# (--exit-delay 300); end those of this container, by pid.
		[ -n "${PODMAN:-}" ] && [ -n "$id" ] &&
			for p in $(ps -eo pid=,args= |
				   awk -v id="$id" '$2 ~ /conmon$/ && index($0, "-c " id) { print $1 }'); do
				kill "$p" 2>/dev/null
			done
	done
	grep '^image ' "$DIR/created" | while read -r _ i; do
		engine rmi -f "$i" >/dev/null 2>&1
	done
	grep '^pid ' "$DIR/created" | while read -r _ p; do
		kill -TERM "$p" 2>/dev/null || continue
		i=0
		while kill -0 "$p" 2>/dev/null && [ "$i" -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -KILL "$p" 2>/dev/null
	done
	rm -f "$DIR/created" "$DIR/env"
}

[ $# -eq 2 ] || die "usage: fixture.sh up|down DIR"
DIR=$2
case $1 in
up) up ;;
down) down ;;
*) die "usage: fixture.sh up|down DIR" ;;
esac
