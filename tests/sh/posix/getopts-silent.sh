OPTIND=1
while getopts :ab: o -x -b; do
	echo "o=$o OPTARG=$OPTARG"
done
