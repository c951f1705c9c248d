no-such-command-xyz
echo $?
