exec no-such-command-xyz
echo not reached
