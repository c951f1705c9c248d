# An alias defined on a line is not used on that same line.
alias sl='echo from-alias'; sl 2>/dev/null || echo not-yet
sl
