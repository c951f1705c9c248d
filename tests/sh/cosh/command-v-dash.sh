# type, command -v and command -V print what dash prints, and a name that
# is not found gives dash's status 127 (bash and yash give 1); the
# not-found diagnostic goes to stderr like every diagnostic (dash: stdout).
f() { :; }
alias al='echo hi'
command -v echo; command -v f; command -v al; command -v if
command -v no-such-cmd-xyz; echo "v status $?"
printf '#!/bin/sh\n' >x; chmod +x x
command -v ./x
command -V echo; command -V f; command -V al; command -V if; command -V export
command -V no-such-cmd-xyz; echo "V status $?"
type f if no-such-cmd-xyz; echo "type status $?"
