# Beyond POSIX, as bash and busybox ash: `==` is `=`, and -a FILE where an
# operand is expected is -e FILE (dash has neither).
[ a == a ] && echo eqeq
[ a == b ] || echo eqeq-false
[ -a /dev/null ] && echo a-file
[ ! -a /nonexistent/x ] && echo not-a-file
[ -a /dev/null -a -a /nonexistent/x ] || echo a-file-and
