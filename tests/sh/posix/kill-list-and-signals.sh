kill -l 15
kill -l 9
exec 2>/dev/null
sleep 5 & p=$!
kill -s TERM $p
wait $p; kill -l $?
