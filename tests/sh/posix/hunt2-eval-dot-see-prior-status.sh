# $? inside the commands run by eval and by the dot utility is the status of
# the command before eval / dot (XCU 2.5.2: the most recent pipeline; eval
# and dot have not completed yet when their commands start).
false; eval 'echo "eval $?"'
(exit 3); eval 'x=$?'; echo "assign $x"
f() { eval 'echo "in function $?"'; }
(exit 4); f
false; command eval 'echo "command eval $?"'
echo 'echo "dot $?"' > dotted
(exit 5); . ./dotted
