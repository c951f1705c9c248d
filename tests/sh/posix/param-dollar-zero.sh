# modes: file
# $0 is the script name when running a file.
echo "$0"
f() { echo "in f: $0"; }
f
