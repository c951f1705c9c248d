printf 'echo first\nreturn 5\necho never\n' >r.sh
. ./r.sh
echo "status $?"
printf 'false\n' >s.sh
. ./s.sh
echo "status $?"
: >empty.sh
false
. ./empty.sh
echo "empty $?"
