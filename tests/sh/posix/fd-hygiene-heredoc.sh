cat <<EOF >/dev/null
x
EOF
ls /proc/self/fd <<EOF | tr '\n' ' '
body
EOF
echo
