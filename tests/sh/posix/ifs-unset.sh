# Unset IFS behaves as <space><tab><newline>.
unset IFS
x='a:b c	d'
set -- $x
echo $# "$1"
set -- a b
echo "$*"
