alias greet='echo hello'
greet world
alias ls2='echo listing' say='echo'
ls2; say done
unalias greet
greet 2>/dev/null || echo unaliased
