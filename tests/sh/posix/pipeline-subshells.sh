# Each command of a multi-command pipeline runs in a subshell (at least the
# left ones).
x=1
x=2 | true
echo $x
echo data | read v
true | { y=3; }
echo "[${y-unset}]"
