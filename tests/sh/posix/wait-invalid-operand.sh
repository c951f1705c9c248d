# wait with an operand that is neither a pid nor a job ID reports it and
# fails without ending the shell; a pid that is not a child gives 127
# (XCU wait). dash says "Illegal number" with status 2, the others 1.
wait abc
[ $? -ne 0 ] && echo abc-failed
sleep 0 &
wait $! 1x
[ $? -ne 0 ] && echo 1x-failed
wait 999999
echo unknown $?
echo end
