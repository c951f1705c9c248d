# In an unquoted body, backslash-newline is a line continuation.
cat <<EOF
joined \
line
EOF
cat <<'EOF'
kept \
line
EOF
