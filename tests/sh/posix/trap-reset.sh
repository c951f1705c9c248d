# trap - restores the default action; trap '' ignores.  The subshell finds
# its own pid as the parent of a child it execs.  Shells report the death
# of a child by a signal on stderr, hence the exec 2>/dev/null.
exec 2>/dev/null
trap 'echo ignored' USR2
trap '' USR2
kill -USR2 $$
echo survived-ignored
(trap 'echo should not run' USR1; trap - USR1
 kill -USR1 $(exec sh -c 'echo $PPID'); echo not reached)
s=$?
[ $s -gt 128 ] && echo "killed by $(kill -l $s)"
