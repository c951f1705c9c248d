# Redirections are processed left to right.
{ echo out; echo err >&2; } 2>&1 >f | sed 's/^/piped: /'
echo "file: $(cat f)"
