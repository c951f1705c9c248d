printf 'one two three\nsecond\n' >f
read a b <f
echo "[$a] [$b]"
{ read x; read y; } <f
echo "[$x] [$y]"
read u v w extra <f
echo "[$u][$v][$w][$extra]"
