# XCU 2.7: an fd number above 9 is one IO_NUMBER token.
# skip-shells: dash
# dash reads "200" as a command word (it only takes one-digit fd numbers);
# bash and yash follow the grammar.
exec 200>file
echo hi >&200
exec 200>&-
cat file
