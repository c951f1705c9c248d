# Redirections on a builtin last for that command only.
echo to-file >f
echo to-stdout
read -r l <f
echo "$l"
printf '%s\n' pf >g; cat g
