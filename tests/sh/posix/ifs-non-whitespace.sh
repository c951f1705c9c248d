# Each non-whitespace IFS character delimits a field; empty fields kept
# between two delimiters, a trailing one does not make an empty field.
IFS=:
x='a::b:'
set -- $x
echo $#
for i in "$@"; do echo "[$i]"; done
x=':a'
set -- $x
echo $# "[$1]" "[$2]"
