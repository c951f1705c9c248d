alias foo='bar baz'
alias foo
unalias -a
alias foo 2>/dev/null || echo gone
