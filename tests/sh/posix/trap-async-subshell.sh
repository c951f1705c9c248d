# A signal sent to $! of an asynchronous subshell or group reaches the
# traps it set: $! is the process that runs it (XCU 2.9.3.1, 2.11).
# The loops are bounded so that nothing is left running on a failure.
(
	trap 'echo got-term; exit 3' TERM
	: > ready
	n=0; while [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
) &
pid=$!
while [ ! -e ready ]; do sleep 0; done
kill -s TERM $pid
wait $pid
echo status $?
{
	trap 'echo group-usr1; exit 4' USR1
	: > ready2
	n=0; while [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
} &
pid=$!
while [ ! -e ready2 ]; do sleep 0; done
kill -s USR1 $pid
wait $pid
echo status $?
