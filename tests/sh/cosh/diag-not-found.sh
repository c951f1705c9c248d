# Diagnostics have the form "cosh: [FILE: ]line N: ..." (DESIGN.md, error.h).
true
no-such-cmd-xyz
echo "status $?"
