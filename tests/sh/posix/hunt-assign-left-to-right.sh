# Assignments in one simple command without a command name are done from
# left to right, so a later one sees an earlier one (XCU 2.9.1).
a=1 b=$a
echo "b=$b"
x=$(echo v) y=$x
echo "y=$y"
n=2 m=$((n + 1))
echo "m=$m"
p=x q=${p}y r="$q"z
echo "r=$r"
# The same order holds for assignments before a command.
c=1 d=$c sh -c 'echo "d=$d"'
f() { echo "h=$h"; }
g=2 h=$g f
