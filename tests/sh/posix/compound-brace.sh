{ echo a; echo b; } | wc -l | tr -d ' '
x=1
{ x=2; }
echo $x
{ echo in; } >out; cat out
