exec 2>err
echo message >&2
ls /nonexistent-xyz
exec 2>&1
echo "lines: $(wc -l <err | tr -d ' ')"
head -n 1 err
