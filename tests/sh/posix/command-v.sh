f() { :; }
alias al='echo x'
command -v f
command -v cd
command -v if
command -v ls | sed 's|.*/||'
command -v no-such-cmd-xyz || echo "not found $?" | sed 's/[1-9][0-9]*/N/'
