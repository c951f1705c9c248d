# Empty IFS: no field splitting.
IFS=
x='a b  c'
set -- $x
echo $# "$1"
set -- a b
echo "$*"
