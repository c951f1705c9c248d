echo 'echo hi' >noexec
chmod 644 noexec
(exec ./noexec; echo not reached) 2>/dev/null
echo "file: $?"
mkdir d
(exec ./d; echo not reached) 2>/dev/null
echo "directory: $?"
