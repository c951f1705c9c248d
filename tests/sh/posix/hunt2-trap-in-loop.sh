# A trapped signal is acted on once the foreground command running when it
# arrives completes (XCU 2.11, trap), also when that command is the whole
# body or condition of a loop: the loop must see the variable the trap sets.
trap 'got=1' USR1
got= n=0
(sleep 0.2; kill -USR1 $$) &
while [ -z "$got" ] && [ $((n += 1)) -lt 300 ]; do sleep 0.01; done
echo "got=$got"
[ "$n" -lt 300 ] && echo "seen before the loop ran out"
wait
got= n=0
(sleep 0.2; kill -USR1 $$) &
until [ -n "$got" ] || [ $((n += 1)) -ge 300 ]; do sleep 0.01; done
echo "until got=$got"
[ "$n" -lt 300 ] && echo "seen before the loop ran out"
wait
got=
(sleep 0.2; kill -USR1 $$) &
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40; do
	[ -n "$got" ] && break || sleep 0.05
done
echo "for got=$got"
[ "$i" -lt 40 ] && echo "seen before the loop ran out"
wait
trap 'echo caught; exit 0' USR1
(sleep 0.2; kill -USR1 $$) &
while :; do :; done
