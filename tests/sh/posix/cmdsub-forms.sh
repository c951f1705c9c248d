# XCU 2.6.3: $( ) and backquotes.
echo $(echo dollar) `echo back`
x=$(echo a; echo b)
echo "$x"
echo "$(printf 'a\n\n\n')".
echo "$(printf '\n\nlead')"
