# return in a trap action that runs while a function executes returns from
# that function; without an operand its status is the one from before the
# action (XCU return). yash ignores such a return.
# skip-shells: yash
f() {
	trap 'trap - USR1; return' USR1
	sh -c 'kill -USR1 $PPID; exit 7'
	echo not-reached
}
f
echo f $?
g() {
	trap 'trap - USR1; return 9' USR1
	sh -c 'kill -USR1 $PPID'
	echo not-reached
}
g
echo g $?
h() { echo in-h; return; }
trap 'h; echo after-h $?' USR1
kill -USR1 $$
echo main $?
