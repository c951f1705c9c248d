false
(exit); echo "exit uses last status: $?"
f() { (exit 6); exit; }
(f); echo $?
