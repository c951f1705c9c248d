f() { (exit 5); echo "in f $?"; }
f
(exit 6) || echo "or $?"
exit 0
echo not reached
