# $'...' is not used here: POSIX.1-2024 added it, but a plain $ followed by a
# single-quoted string in double quotes stays literal.
echo "$'abc'"
x='$'
echo "${x}'q'"
