# Double quotes in an unquoted body are ordinary characters.
x=1
cat <<EOF
"$x" "\$x" '\$x'
EOF
