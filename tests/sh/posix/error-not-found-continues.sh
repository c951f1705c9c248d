no-such-cmd-xyz 2>/dev/null
echo "continued $?"
