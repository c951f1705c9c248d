# An alias value ending in a blank makes the next word subject to alias
# expansion too.
alias run='echo run: '
alias thing='expanded-thing'
run thing
alias norun='echo norun:'
norun thing
