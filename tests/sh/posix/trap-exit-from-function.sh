f() { exit 2; }
trap 'echo trap-ran' EXIT
f
echo not reached
