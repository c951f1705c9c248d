cat <<EOF | tr a-z A-Z
shout
EOF
cat <<EOF | while read -r l; do echo "got $l"; done
x
y
EOF
