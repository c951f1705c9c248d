# Changes in a subshell do not affect the parent.
x=1; f() { echo parent-f; }
(x=2; f() { echo child-f; }; cd /; set -- a b; f; echo $x $#)
echo $x $#; f; [ "$(pwd)" != / ] && echo cwd-kept
(trap 'echo subtrap' EXIT; echo in)
echo out
(exit 3) ; echo "status $?"
