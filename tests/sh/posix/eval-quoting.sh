a='$b'; b=value
eval echo $a
eval "echo '$a'"
set -- 'a b' c
eval 'set -- "$@" d'
echo $# "$1"
