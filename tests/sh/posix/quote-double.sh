# XCU 2.2.3: $ ` \ keep their meaning in double quotes; backslash only
# before $ ` " \ and newline.
x=val
printf '%s\n' "$x ${x} \$x \`x\` \"q\" \\ \a 'sq'"
echo "a\
b"
echo "$(echo "inner $x")"
echo "`echo back`"
