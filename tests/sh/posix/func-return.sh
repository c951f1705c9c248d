f() { return 3; echo no; }
f; echo $?
g() { false; return; }
g; echo $?
h() { (exit 7); }
h; echo $?
k() { return 0; }
false; k; echo $?
