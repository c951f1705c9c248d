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
