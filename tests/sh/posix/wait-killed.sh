# The status of a job killed by a signal is above 128 and names the signal.
exec 2>/dev/null
sleep 5 & p=$!
kill $p
wait $p; s=$?
[ $s -gt 128 ] && echo "status names $(kill -l $s)"
