# Adjacent quoted parts form one word.
x=b
echo 'a'"$x"c\ d'e'
set -- 'a'"$x"c\ d'e'
echo $#
