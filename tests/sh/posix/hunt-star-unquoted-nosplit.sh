# Unquoted $* where no field splitting happens (assignment, case word,
# ${x-word}) joins with the first IFS character, a space when IFS is
# unset, nothing when IFS is null (XCU 2.5.2 '*').
set -- 'a:b' c
IFS=:
y=$*
echo "$y"
case $* in 'a:b:c') echo case-joined ;; *) echo case-other ;; esac
x=${z-$*}
echo "$x"
unset IFS
y=$*
echo "$y"
IFS=
y=$*
echo "$y"
