readonly r=1
echo $r
(r=2) 2>/dev/null || echo assign-failed
(unset r) 2>/dev/null || echo unset-failed
readonly q
(q=later; echo not reached) 2>/dev/null
[ $? -ne 0 ] && echo assignment-exits
