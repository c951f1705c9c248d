# A redirection of fd 3 on a builtin does not leak into the shell.
echo x 3>f
(: >&3) 2>/dev/null || echo fd3-not-open
[ -f f ] && echo f-created
