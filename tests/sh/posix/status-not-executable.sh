printf 'echo hi\n' >noexec
chmod 644 noexec
./noexec 2>/dev/null
echo $?
mkdir dir
./dir 2>/dev/null
echo $?
