# The special parameter # takes the ${parameter<op>word} forms like any
# other parameter (XCU 2.6.2, 2.5.2): ${#-z} is $# (set, so not z), not
# the length of $- followed by garbage.
set -- a b c
echo ${#-z} ${#:-a} ${#+x} ${#:+y} "${#-q}" ${#=w}
set --
echo ${#:+zero-is-not-null} ${#-unset}
