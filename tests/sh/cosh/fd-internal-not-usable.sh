# DESIGN.md: the shell's own fds live at 10 or above with FD_CLOEXEC, and
# a user `<&N` from one of them fails as if N were closed.
n=10
while [ $n -le 64 ]; do
	(eval ": <&$n") 2>/dev/null && echo "fd $n is usable"
	n=$((n + 1))
done
(: <&255) 2>/dev/null && echo "fd 255 is usable"
echo done
