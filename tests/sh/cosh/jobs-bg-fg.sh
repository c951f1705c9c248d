# bg and fg with job control on in a script (set -m: cosh allows it
# without a terminal; dash and yash turn it off). With no operand they
# take the current job, the most recently stopped one (XCU 3.182); bg
# takes several job ids and prints "[n]+ command &" (bash's form of XCU
# bg's "[%d] %s"); fg prints the command and returns its status; a job
# resumed in the background is awaited by wait.
set -m
sleep 0.3 & sleep 0.3 &
kill -STOP %2
sleep 0.1
kill -STOP %1
wait %1
echo "stopped=$?"
bg
echo "bg=$?"
bg %1 %2
echo "bg=$?"
wait %1
echo "wait1=$?"
wait %2
echo "wait2=$?"
sh -c 'sleep 0.2; exit 3' & kill -STOP $!
fg
echo "fg=$?"
bg %9
echo "none=$?"
