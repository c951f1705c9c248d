# A name without a slash is searched in PATH.
mkdir bin
echo 'echo found-in-path' >bin/lib.sh
PATH=$(pwd)/bin:$PATH
. lib.sh
