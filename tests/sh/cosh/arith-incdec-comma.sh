# ++ and -- next to a variable and the comma operator, as busybox ash and
# bash (not in XCU 2.6.4, dash has neither); as bash, nothing is evaluated,
# and nothing fails, in the branch not taken (busybox 1.36 divides there).
i=5
echo $((i++)) $i
echo $((++i)) $i
echo $((i--)) $((--i)) $i
echo $((--1)) $((1--2))
echo $((j = 1, j += 2, j * 10)) $j
echo $((0 && i++)) $((1 || ++i)) $((1 ? 7 : i--)) $((0 && 1 / 0)) $i
n=0
while [ $((n++)) -lt 3 ]; do printf '%s ' "$n"; done
echo
