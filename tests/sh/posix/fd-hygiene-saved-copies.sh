# fds the shell saves while a redirection is active never reach a child.
f() { ls /proc/self/fd; }
{ ls /proc/self/fd; } >a 2>/dev/null
ls /proc/self/fd >b 2>/dev/null </dev/null
f >c
while read -r l; do ls /proc/self/fd; done <a >d
for n in a b c d; do tr '\n' ' ' <$n; echo; done
