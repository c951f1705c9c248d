# Before a special builtin the assignment persists (XCU 2.14).
unset z
z=kept :
echo "[$z]"
