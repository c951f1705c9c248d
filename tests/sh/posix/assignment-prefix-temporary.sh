# An assignment before a regular command is only for that command.
x=outer
x=inner sh -c 'echo $x'
echo $x
unset y
y=temp env | grep '^y='
echo "[${y-unset}]"
