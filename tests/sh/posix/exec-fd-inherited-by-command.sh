# fds opened by exec stay open for exec'd commands too.
exec 3>f
(exec sh -c 'echo via-inherited-3 >&3')
exec 3>&-
cat f
