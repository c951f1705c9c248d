# STYLE.md 9: the PATH search goes on past ENOENT and ENOTDIR but remembers
# other errors: a command found only as a non-executable file gives 126
# (as bash does; dash and yash give 127).
mkdir a
printf 'echo no\n' >a/cmd
chmod 644 a/cmd
PATH=$(pwd)/a:$PATH
cmd
echo "status $?"
