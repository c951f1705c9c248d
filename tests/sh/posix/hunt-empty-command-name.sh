# An empty command name (from "" or a quoted empty expansion) is not
# found by the PATH search: status 127 (XCU 2.9.1.1, 2.8.2).
"" 2>/dev/null
echo "st=$?"
e=
"$e" 2>/dev/null
echo "st=$?"
