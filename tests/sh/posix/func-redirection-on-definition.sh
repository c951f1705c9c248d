# Redirections in the definition apply each time the function runs.
f() { echo "to file $1"; } >out
f one
f two
cat out
g() { read -r l; echo "g read $l"; } <out
g
