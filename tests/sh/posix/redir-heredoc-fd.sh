cat 3<<EOF <&3
on three
EOF
cat 0<<EOF
on zero
EOF
