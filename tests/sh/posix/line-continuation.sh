ec\
ho joined
x=con\
cat
echo $x
echo "a\
b"
