f() { exec 3>out; }
f
echo via3 >&3
exec 3>&-
cat out
