# Leading IFS white space is skipped, but a non-white-space IFS character
# after it still delimits an empty first field (XCU 2.6.5).
IFS=' x'
show() {
	printf '%s:' $#
	printf '[%s]' "$@"
	echo
}
v=' xa'
show $v
v='  x a'
show $v
v=' x'
show $v
v=' x x '
show $v
