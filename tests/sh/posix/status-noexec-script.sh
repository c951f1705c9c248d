# A script without #! that execve rejects is run by a shell.
printf 'echo "script ran with $# args: $*"\nexit 4\n' >plain
chmod +x plain
./plain a b
echo "status $?"
