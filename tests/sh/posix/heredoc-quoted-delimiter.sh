# Any quoting of the delimiter: no expansion in the body.
x=val
cat <<'EOF'
$x $(echo no) \$ `x`
EOF
cat <<"E"
$x
E
cat <<\EOF
$x
EOF
cat <<E"O"F
$x
EOF
