# The delimiter must be alone on its line.
cat <<EOF
 EOF
EOF2
EOFx
EOF
