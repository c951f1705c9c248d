no-such-command-xyz 2>/dev/null
echo $?
./no-such-file 2>/dev/null
echo $?
