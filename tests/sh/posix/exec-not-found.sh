(exec no-such-command-xyz; echo not reached) 2>/dev/null
echo "status $?"
