# XSI -a and -o as binary operators, with ! and parentheses: -a binds
# tighter than -o, ! applies to the primary after it (XCU test, dash).
[ 1 = 1 -a 2 = 2 ] && echo and-true
[ 1 = 1 -a 2 = 3 ] || echo and-false
[ 1 = 2 -o 2 = 2 ] && echo or-true
[ 1 = 1 -o 1 = 2 -a 1 = 2 ] && echo and-before-or
[ ! 1 = 1 -o 1 = 1 ] && echo not-binds-primary
[ \( 1 = 2 -o 1 = 1 \) -a 1 = 1 ] && echo parens
[ ! \( 1 = 1 \) ] || echo not-parens
test x -a '' || echo three-args-and
test x -o '' && echo three-args-or
