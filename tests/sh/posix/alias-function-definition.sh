# The name in a function definition is in command position, and aliases in
# the body are substituted when the definition is read, not when it runs.
alias f1='f2'
f1() { echo f2-defined; }
f2
alias body='echo body'
f() { body; }
f
alias body='echo changed'
f
alias fdef='h() { echo h-defined; }'
fdef
h
alias fn='k()'
fn { echo k-body; }
k
alias e=echo
s() (e in-subshell-body)
s
