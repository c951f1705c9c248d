{ echo out; echo err >&2; } >f 2>&1
cat f
echo to-stderr 1>&2 2>/dev/null
echo also-stderr >&2
