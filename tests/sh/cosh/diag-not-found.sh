# Diagnostics have the form "SOURCE: line N: ..." where SOURCE is the script,
# else $0 (DESIGN.md 1, STYLE.md 4, error.h), as bash prints them.
true
no-such-cmd-xyz
echo "status $?"
