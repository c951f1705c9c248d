# skip-shells: dash
# getopts has no options but takes operands, so a first argument "--" is
# discarded (XBD 12.1 / XCU 1.4 Utility Description Defaults, OPTIONS
# "None": "shall recognize -- as a first argument to be discarded").
# bash and yash follow this; dash takes "--" as the optstring.
getopts -- a o -a
echo "rc=$? o=$o"
OPTIND=1
getopts -- :b: o -b
echo "rc=$? o=$o OPTARG=$OPTARG"
set -- -c
OPTIND=1
getopts -- c o
echo "rc=$? o=$o"
