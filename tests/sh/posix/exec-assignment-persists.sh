# Assignments before exec without a command persist in the shell.
x=persisted exec
echo "x=$x"
y=1 exec 3>f
echo "y=$y"
