# POSIX.1-2024 exec: when a redirection of `command exec` fails, the shell
# goes on and the redirections made before the failing one stay in effect
# (dash follows it; bash 5.2 and yash close fd 5 again).
command exec 5>out 6</nonexistent/x
[ $? -ne 0 ] && echo failed
echo via-fd5 >&5 && echo fd5-open
exec 5>&-
cat out
