# IFS white space around a non-white-space delimiter belongs to it.
IFS=' :'
x=' a : b  c:: d '
set -- $x
echo $#
printf '[%s]' "$@"; echo
