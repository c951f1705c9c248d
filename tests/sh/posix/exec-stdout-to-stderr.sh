exec 1>&2
echo to-stderr
