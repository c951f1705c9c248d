# A trap set in a subshell runs there; a subshell of it resets the trap to
# the default action, and an ignored signal stays ignored (XCU 2.12).
(
	exec 2>/dev/null  # shells report the killed subshell at different times
	trap 'echo caught-in-sub' USR1
	sh -c 'kill -USR1 $PPID'
	(sh -c 'kill -USR1 $PPID'; echo not-reached)
	[ $? -gt 128 ] && echo inner-killed
	trap '' USR2
	( (sh -c 'kill -USR2 $PPID'; echo ignored-deep) )
	(trap 'echo exit-inner' EXIT; (echo deepest); exit 3)
	echo inner-status $?
)
echo outer-status $?
