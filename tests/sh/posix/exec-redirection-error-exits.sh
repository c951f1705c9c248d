# An exec redirection error makes a non-interactive shell exit, with a
# status from 1 to 125.
(exec 3</nonexistent/file; echo not reached) 2>/dev/null
s=$?
[ $s -ge 1 ] && [ $s -le 125 ] && echo "exited 1-125"
(exec 7<&8; echo not reached) 2>/dev/null
s=$?
[ $s -ge 1 ] && [ $s -le 125 ] && echo "bad fd exited 1-125"
