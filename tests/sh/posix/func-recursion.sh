fact() {
	if [ "$1" -le 1 ]; then echo 1; return; fi
	echo $(( $1 * $(fact $(($1 - 1))) ))
}
fact 10
depth() { [ "$1" -ge 50 ] && { echo "depth $1"; return; }; depth $(($1 + 1)); }
depth 0
