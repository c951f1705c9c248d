unset x
echo "[$x]" "[${x}]"
x=
echo "[$x]"
