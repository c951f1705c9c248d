# A redirection error on a function call does not exit.
f() { echo in-f; }
f 2>/dev/null </nonexistent
echo "continued $([ $? -ne 0 ] && echo nonzero)"
