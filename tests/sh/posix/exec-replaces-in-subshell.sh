(exec sh -c 'echo from-exec'; echo not reached)
echo "after subshell $?"
(exec echo via-path-echo)
