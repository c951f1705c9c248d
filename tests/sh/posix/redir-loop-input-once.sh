# The loop's input is opened once, not per iteration.
printf '1\n2\n3\n' >f
while read -r a; do read -r b; echo "$a-$b"; done <f
