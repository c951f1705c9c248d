x='echo evaluated'
eval $x
eval 'y=1; echo $y'
eval "echo \$y" 'plus args'
cmd='for i in 1 2; do echo i=$i; done'
eval "$cmd"
eval ''
echo "empty eval $?"
eval 'false'; echo $?
eval 'f() { echo defined-by-eval; }'; f
