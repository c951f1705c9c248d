cat <&- 2>/dev/null
[ $? -ne 0 ] && echo read-from-closed-failed
read x <&- 2>/dev/null
[ $? -ne 0 ] && echo read-builtin-failed
