x=3
echo "$((x+1))" "x$((x*x))y"
