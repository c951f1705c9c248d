# XCU 2.6.2: the word of ${x:-word} is expanded only when it is used, so
# a command substitution in it runs only then.
x=set
n=0
while [ $n -lt 3 ]; do
	y=${x:-$(echo ran >&2; echo alt)}
	n=$((n + 1))
done
echo "$y"
unset x
echo "${x:-$(echo used)}" ${x-`echo backquoted`}
