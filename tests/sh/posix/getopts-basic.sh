parse() {
	OPTIND=1
	while getopts ab:c name; do
		case $name in
		b) echo "opt b arg [$OPTARG]";;
		'?') echo "bad option";;
		*) echo "opt $name";;
		esac
	done
	shift $((OPTIND - 1))
	echo "rest: $*"
}
parse -a -b val -c file1 file2
parse -ac -bval -- -a
parse -x 2>/dev/null
parse file -a
