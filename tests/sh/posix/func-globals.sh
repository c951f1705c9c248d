# Variables are global; functions see and change them.
x=1
f() { echo "f sees $x"; x=2; y=new; }
f
echo $x $y
