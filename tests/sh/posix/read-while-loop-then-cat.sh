# A while-read loop that stops early leaves the rest of the file to the
# next command reading the same fd.
i=1
while [ $i -le 10 ]; do echo $i; i=$((i + 1)); done > nums
{
	while read n; do
		[ "$n" -eq 4 ] && break
	done
	echo "stopped at $n"
	cat
} < nums
printf 'a b\nc d\ne f\n' > pairs
while read x y; do echo "$y$x"; [ "$x" = c ] && break; done < pairs
