# Variables may appear with or without $; an unset one is 0; a value is
# evaluated as an integer constant.
a=3 b=0x10 c=010
unset u
echo $((a*2)) $(($a*2)) $((b+1)) $((c+0)) $((u+1))
n=5
echo $(( n * n )) $(( $n + 1 ))
