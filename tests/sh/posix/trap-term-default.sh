# Without a trap, SIGTERM kills the shell with a status above 128.
exec 2>/dev/null
(kill -TERM $(exec sh -c 'echo $PPID'); echo not reached)
s=$?
[ $s -gt 128 ] && echo "killed by $(kill -l $s)"
