# Writing to a closed fd fails.
(echo x >&-) 2>/dev/null
[ $? -ne 0 ] && echo write-to-closed-failed
{ echo a; echo b >&-; } 2>/dev/null
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
