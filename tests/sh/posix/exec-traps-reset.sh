# A caught signal is reset to default in the exec'd command; an ignored
# one stays ignored.
exec 2>/dev/null
(trap 'echo caught' USR1; exec sh -c 'kill -USR1 $$; echo not reached')
kill -l $?
trap '' USR1
(exec sh -c 'kill -USR1 $$; echo still-alive')
