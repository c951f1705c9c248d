# A redirection on a compound command does not outlive it.
{ echo in-brace >&3; } 3>f
(echo x >&3) 2>/dev/null || echo fd3-closed-after
cat f
while read -r l; do echo "loop $l"; done <f
for i in 1; do echo "$i"; done 3>g
if true; then echo if >&3; fi 3>>f
cat f
