# skip-shells: dash
# LINENO can be used by name in arithmetic expansion like any variable
# (XCU 2.5.3, 2.6.4); Debian's dash leaves LINENO empty.
echo $((LINENO))
n=$((LINENO + 1))
echo $n
