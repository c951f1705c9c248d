[ 1 -eq 1 2>/dev/null
echo "missing bracket $?"
[ abc -eq 1 ] 2>/dev/null
echo "not a number $?"
test 1 -zz 2 2>/dev/null
echo "bad operator $?"
