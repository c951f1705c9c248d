# In "${x-word}" a backslash-escaped } is part of word and the backslash
# is removed (XCU 2.6.2, 2.2.3).
unset u
echo "${u:-\}}"
echo "${u-a\}b}"
echo "${u-\$x}" "${u-\\}"
