# exec never runs functions or builtins: it searches PATH.
f() { echo function; }
(exec f) 2>/dev/null
echo "status $?"
echo() { printf 'function echo\n'; }
(exec echo external echo)
