# exit with no operand in the EXIT trap action exits with the status the
# shell had when the action started, not that of the action's last command
# (XCU exit).
(trap 'false; exit' EXIT; true)
echo true-then $?
(trap 'exit' EXIT; false)
echo false-then $?
(trap 'true; exit' EXIT; exit 5)
echo exit5-then $?
(trap 'exit' EXIT; sh -c 'exit 7')
echo cmd7-then $?
