# `kill -0` alone sees that a finished background job is gone, even in a
# loop that runs no other command (bounded). Its status stays known.
sh -c 'exit 3' & p=$!
n=0
while kill -0 "$p" 2>/dev/null; do
	n=$((n + 1))
	[ "$n" -gt 300000 ] && { echo still-there; break; }
done
wait "$p"
echo "wait=$?"
