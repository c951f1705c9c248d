# A pipeline of one command negated with ! runs that command in the current
# shell environment, like any single command (XCU 2.9.2: only the commands of
# a multi-command pipeline may run in subshells); ! only inverts the status.
! x=5
echo "$? [$x]"
f() { y=fn; }
! f
echo "[$y]"
! set -- a b
echo "$#"
! { z=g; }
echo "[$z]"
! read r <<EOF
val
EOF
echo "[$r]"
! : "${d=dflt}"
echo "[$d]"
if ! w=8; then :; fi
echo "[$w]"
! cd /
pwd
for i in 1 2; do ! break; echo no; done
echo "i=$i"
! exit 3
echo not reached
