# kill %n with TERM or HUP continues a stopped job after the signal (as
# bash does under job control), so waiting for it cannot hang; without
# job control, where stops are not watched, it is continued too (bash
# would hang here). Other signals leave it stopped.
sleep 10 & kill -STOP %1
kill %1
wait %1
echo "term=$?"
sleep 10 | sleep 10 & kill -STOP %1
kill -HUP %1
wait %1
echo "hup=$?"
set -m
sleep 10 & kill -STOP %1
kill -TSTP %1
wait %1
echo "stopped=$?"
kill %1
wait %1
echo "term=$?"
kill %1
echo "gone=$?"
# `kill $(jobs -p)` from a command substitution: the parent's jobs.
set +m
sleep 10 & p=$!
[ "$(jobs -p)" = "$p" ] && echo jobs-p-lists-it
kill $(jobs -p)
wait "$p"
echo "wait=$?"
