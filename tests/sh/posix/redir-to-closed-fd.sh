(echo x >&5) 2>/dev/null
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
(cat <&6) 2>/dev/null
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
