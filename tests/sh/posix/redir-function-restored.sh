f() { echo "in f"; }
f >out
echo after-f
cat out
g() { echo err-in-g >&2; }
g 2>err
cat err
