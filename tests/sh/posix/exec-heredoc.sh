exec 3<<EOF
heredoc on 3
second
EOF
read -r l <&3
echo "$l"
cat <&3
exec 3<&-
