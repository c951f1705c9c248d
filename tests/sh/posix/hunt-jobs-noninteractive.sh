# jobs is a required utility: a non-interactive shell lists its
# background jobs too (XCU jobs, 2.9.3.1).
sleep 3 &
p=$!
jobs >out
echo "jobs st=$?"
[ -s out ] && echo listed
kill $p
wait $p 2>/dev/null
[ $? -gt 128 ] && echo killed
