# XCU 2.9.5: positional parameters are the function's arguments, and are
# restored afterwards.
f() { echo "$# [$1] [$2]"; set -- changed; echo "$1"; }
set -- outer1 outer2
f a 'b c'
echo "$# $1"
