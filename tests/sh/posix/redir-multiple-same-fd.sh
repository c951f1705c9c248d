# With two redirections of one fd, both files are opened, the last wins.
echo x >a >b
echo "a:[$(cat a)] b:[$(cat b)]"
