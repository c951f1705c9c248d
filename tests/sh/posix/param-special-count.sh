# $# $1 in scripts and functions.
f() { echo "f:$# $1 $2"; }
set -- x y z
echo "$# $1 $3"
f one two
echo "$# $1"
set --
echo "$#[$1]"
