# XCU 2.7.4: here-document delimiters quoted with a backslash, made of
# backquotes or with a quoted quote; command substitutions (both forms)
# in bodies, after the operator on the same line, and here-documents
# inside a command substitution; two here-documents on one line.
cat <<\\end
one $x
\end
cat <<`x`
body `echo bq`
`x`
cat <<EOF
a `echo b` c
EOF
cat <<EOF; echo "after $(echo sub)"
body1
EOF
echo $(cat <<X
in sub
X
)
cat <<A; cat <<B
a
A
b
B
cat <<"E\"F"
q
E"F
