touch ab 'a*' 
echo "a*" 'a*' a\*
echo a*
x='a*'
echo "$x" $x
