# local outside a function is an error (dash); a special builtin's error
# ends a non-interactive shell.
f() { local 1x; echo "not reached"; }
( f )
echo "subshell status $?"
local y
echo "not reached"
