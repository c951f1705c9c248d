# XCU 2.6.5: default IFS; leading/trailing whitespace ignored.
x='  a   b	c
d  '
set -- $x
echo $# "$1|$2|$3|$4"
