# XCU 2.2.2: nothing is special inside single quotes.
printf '%s\n' '$HOME `x` \n \ "q"'
echo 'a
b'
echo 'it'\''s'
x='  spaced  '
echo '$x' "[$x]"
