# Assignments are not field split or globbed.
x='a  b  c'
y=$x
echo "$y"
touch f1 f2
z=f*
echo "$z"
