# skip-shells: dash
# A PWD passed in the environment that contains . or .. components is not
# taken over: the shell sets PWD to what pwd -P would print (XCU 2.5.3 PWD),
# and pwd never prints . or .. components (XCU pwd). bash and yash do this;
# dash keeps the value. The shell under test is re-run via /proc/$$/exe
# (POSIXLY_CORRECT puts bash and yash in their POSIX modes there).
sh=$(readlink /proc/$$/exe)
cd /tmp || exit
for p in /tmp/. /tmp/./ /tmp/../tmp /./tmp; do
	PWD=$p POSIXLY_CORRECT=1 "$sh" -c 'printf "%s %s\n" "$PWD" "$(pwd)"'
done
