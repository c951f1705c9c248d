# A finished background job is reaped as the shell goes on, so a loop
# that probes it with `kill -0` ends (XCU 2.9.3.1); its status stays
# known to `wait` after that (the bound keeps a broken shell from
# looping for ever).
(exit 7) & p=$!
n=0
while kill -0 "$p" 2>/dev/null; do
	n=$((n + 1))
	if [ "$n" -gt 100 ]; then
		echo still-there
		break
	fi
	sleep 0.05
done
[ "$p" = "$!" ] && echo same-pid
wait "$p"
echo "wait=$?"
