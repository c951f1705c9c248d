# Inside double quotes, quoting characters within the braces of the four
# pattern-removal expansions still quote (XCU 2.6.2: "Enclosing the full
# parameter expansion string in double-quotes shall not cause the following
# four varieties of pattern characters to be quoted, whereas quoting
# characters within the braces shall have this effect"), so a '}' inside
# single quotes there does not end the expansion.
k='x}y'
echo "${k%'}'*}"
echo "${k#*'}'}"
echo "${k%%'}y'}" "${k##'x}'}"
v=x
echo "${v%'{'}" "${v#'"'}" "${v%'a}'}"
# The same inside a here-document body (expanded like double quotes).
cat <<EOF
[${k%'}'*}]
EOF
echo "`echo "${k%'}'*}"`"
