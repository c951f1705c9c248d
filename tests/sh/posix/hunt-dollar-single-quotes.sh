# skip-shells: dash yash
# Dollar-single-quotes $'...' (XCU 2.2.4, POSIX.1-2024) decode backslash
# escapes.  Follows bash --posix; the installed dash and yash 2 predate
# POSIX.1-2024 and print $'...' literally.
printf '[%s]\n' $'a\tb' $'\x41\101' $'q\'s' $'\\' $'x\ny'
x=$'one two'
printf '[%s]\n' "$x" "$'not-in-dq'"
