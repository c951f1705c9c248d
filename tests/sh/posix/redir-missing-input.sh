cat 2>/dev/null <missing
[ $? -ne 0 ] && echo failed
2>/dev/null <missing
[ $? -ne 0 ] && echo empty-command-failed
echo continued
