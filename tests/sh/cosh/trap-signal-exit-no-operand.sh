# exit with no operand in a signal trap action exits with the status of the
# command that ran before the action, as XCU exit says ("the command that
# executed immediately preceding the trap action") and dash does; bash and
# yash take the status of the action's last command.
trap 'false; exit' USR1
sh -c 'kill -USR1 $PPID; exit 3'
echo not reached
