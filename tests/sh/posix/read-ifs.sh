printf 'a:b:c:d\n' >f
IFS=: read x y z <f
echo "$x|$y|$z"
printf '  lead  trail  \n' >g
read l <g; echo "[$l]"
IFS= read l <g; echo "[$l]"
