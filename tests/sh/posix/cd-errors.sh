cd /nonexistent-dir-xyz 2>/dev/null
[ $? -ne 0 ] && echo failed
touch file
cd file 2>/dev/null
[ $? -ne 0 ] && echo failed
basename "$PWD"
