# A file without #! that execve rejects is run as a shell script.
printf 'echo "script: $*"\nexit 3\n' >s
chmod +x s
(exec ./s a b)
echo "status $?"
