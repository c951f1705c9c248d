# In an unquoted here-document, a backslash-newline joins the next line to
# the current one (XCU 2.2.1, 2.7.4), so a delimiter that follows a line
# ending in a backslash is body text, not the end of the here-document.
cat <<EOF
a \
EOF
b
EOF
cat <<-EOF
	c \
	EOF
	d
	EOF
cat <<'EOF'
quoted \
EOF
echo end
