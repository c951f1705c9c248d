set -- a b c
echo $#
set --
echo $#
set -- -x -y
echo "$1 $2"
set -- --
echo "$#: $1"
