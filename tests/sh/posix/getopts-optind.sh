# After the last option OPTIND is the index of the first operand.
set -- -a -b arg
getopts ab o; echo "$o"
getopts ab o; echo "$o"
getopts ab o; echo "$? $o $OPTIND"
