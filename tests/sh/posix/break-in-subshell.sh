# break and continue in a subshell of a loop body do not leave the loop of
# the shell (XCU 2.14 break: the loop must be in the same execution
# environment); the subshell ends there or goes on (unspecified), and yash
# reports that it is not in a loop.
for i in 1 2; do
	(break) 2>/dev/null
	echo i$i
done
for i in 1 2; do
	x=$(break 2>/dev/null; echo sub)
	(continue) 2>/dev/null
	echo j$i
done
n=0
while [ $n -lt 3 ]; do
	n=$((n + 1))
	(break) 2>/dev/null | cat
done
echo n$n
