# Assignments before a function call: the variable is set for the call.
f() { echo "in f: $v"; }
v=global
v=temp f
