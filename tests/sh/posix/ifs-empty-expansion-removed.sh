# An unquoted expansion that yields nothing produces no field.
e=
set -- a $e b $e
echo $#
IFS=:
x=:
set -- $x
echo $#
