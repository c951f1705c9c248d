# An alias value ending in a blank makes the next word subject to alias
# substitution, also when the blank ends an alias the word came through,
# when the blank is a tab or follows other blanks, and when the next word
# is a reserved word (it is no command word there); a redirection in
# between ends the check (XCU 2.3.1).
alias a='b ' b='c ' c='echo' d=D
a d
alias r='echo ' x='y ' y=Y
r x y
alias t='echo  	' z=ZZ
t z
alias if=IF
r if
r >/dev/null z; r 2>&1 z
alias q=Q
r q z
alias s='r x '
s z
