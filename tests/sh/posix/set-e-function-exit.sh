set -e
f() { false; echo not reached; }
f
echo not reached either
