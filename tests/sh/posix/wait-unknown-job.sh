# wait for a job ID that names no job returns 127, as for an unknown pid
# (XCU wait: "If the process specified by the last operand is unknown").
# dash returns 2.
# skip-shells: dash
wait %9 2>/dev/null
echo job $?
sleep 0 &
wait %1
echo known $?
wait %1 2>/dev/null
echo waited $?
