echo hello world
echo
echo ''
echo a    b
echo -- x
x='a  b'
echo $x "$x"
