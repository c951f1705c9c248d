# XCU 2.7.4
cat <<EOF
line one
  indented $((1+1))
EOF
cat <<END
END
echo after
