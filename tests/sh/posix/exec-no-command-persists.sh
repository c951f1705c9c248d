# XCU exec: without a command, redirections apply to the current shell.
exec 3>&1
exec >out
echo line1
echo line2
exec >&3 3>&-
echo restored
cat out
