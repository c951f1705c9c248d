for a in 1 2 3; do
	r=
	test $a -eq 2 && r="$r eq"
	test $a -ne 2 && r="$r ne"
	test $a -lt 2 && r="$r lt"
	test $a -le 2 && r="$r le"
	test $a -gt 2 && r="$r gt"
	test $a -ge 2 && r="$r ge"
	echo "$a:$r"
done
[ -5 -lt 3 ] && echo negative
[ 010 -eq 10 ] && echo decimal-leading-zero
