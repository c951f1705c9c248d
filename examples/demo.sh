# A short tour of cosh's exec: run it with ./cosh examples/demo.sh
tmp=${TMPDIR:-/tmp}/cosh-demo.$$
printf 'first line\nsecond line\n' > "$tmp"

# exec with only redirections changes the shell's own fds, for good.
exec 3< "$tmp"          # open fd 3 for reading
read -r line <&3
echo "read from fd 3: $line"
exec 5<&0               # fd 5 becomes a copy of fd 0
exec 3<&- 5<&-          # and both are closed again

# Assignments before exec reach the new program's environment.
(foo=bar exec sh -c 'echo "foo in the new program: $foo"')

# Redirecting the shell's own stdout with exec, then restoring it.
exec 4>&1 >"$tmp"
echo "this line went to the file"
exec 1>&4 4>&-
echo "the file now says: $(cat "$tmp")"

# A command that is not found gives 127, one that is not executable 126.
(exec /nonexistent/program) 2>/dev/null; echo "not found: $?"
chmod -x "$tmp"; ("$tmp") 2>/dev/null; echo "not executable: $?"
rm -f "$tmp"

# exec replaces the shell: the same process id, and nothing after it runs.
exec echo "exec'd echo replaced the shell (pid $$)"
echo "never printed"
