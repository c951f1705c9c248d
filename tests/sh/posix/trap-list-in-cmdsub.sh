# skip-shells: dash
# POSIX.1-2024 trap: in a subshell where no trap has been set yet, `trap`
# lists the parent's traps, so `saved=$(trap)` works (bash, yash; dash
# lists only the ignored ones).
trap 'echo t' INT
trap '' QUIT
x=$(trap)
echo "[$x]"
(trap 'echo u' USR1; trap)
