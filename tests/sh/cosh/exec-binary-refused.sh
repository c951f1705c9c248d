# STYLE.md 9: an ENOEXEC file with a NUL byte early is refused with 126, not
# run as a script (yash runs it; dash and bash refuse it too).
printf 'echo hi\0\001\002\n' >bin
chmod +x bin
./bin
echo "status $?"
(exec ./bin)
echo "exec status $?"
