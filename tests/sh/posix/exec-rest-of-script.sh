# exec >file sends everything after it to the file.
echo before
exec >out
echo after
cat out >&2
