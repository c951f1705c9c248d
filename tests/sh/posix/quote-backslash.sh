# XCU 2.2.1: a backslash preserves the literal value of the next character.
echo \$HOME \"a\" \'b\' \\ \a\b
echo a\ b
echo \
continued
echo x\;y \&\| \<\>
