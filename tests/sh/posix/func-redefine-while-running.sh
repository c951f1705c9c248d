# A function that redefines or unsets itself keeps running its old body.
f() { echo f1; f() { echo f2; }; echo still f1; }
f
f
g() { unset -f g; echo g runs; }
g
g 2>/dev/null || echo g gone
h() { echo h; }
h() { echo h again; }; h
