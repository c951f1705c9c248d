# A bad -n count or -t timeout is a usage error: status 2 (as busybox; bash
# says 1), the message names the operand.
read -n x v < /dev/null; echo "n $?"
read -t 1.2.3 v < /dev/null; echo "t $?"
read -t -1 v < /dev/null; echo "t $?"
read -n < /dev/null; echo "usage $?"
