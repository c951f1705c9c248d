# skip-shells: dash
# dash takes only one-digit fd numbers.  The shell may read its script from
# fd 10: naming it must still work (the shell moves its own fd away).
printf 'ten\n' >f
exec 10<f
read -r l <&10
echo "$l"
exec 10<&-
echo still-running
