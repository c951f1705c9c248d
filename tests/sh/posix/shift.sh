set -- a b c d
shift; echo "$# $*"
shift 2; echo "$# $*"
shift 0; echo "$# $*"
shift; echo "$#"
(shift) 2>/dev/null
[ $? -ne 0 ] && echo shift-too-far-fails
