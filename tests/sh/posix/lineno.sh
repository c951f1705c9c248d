# LINENO is the current line number (XCU 2.5.3).
# skip-shells: dash
# Debian's dash leaves LINENO empty; bash and yash follow POSIX.
echo $LINENO
f() {
	echo $LINENO
}
f
