printf 'l1\nl2\n' >f
cat <f
read -r x <f; echo "$x"
wc -l <f | tr -d ' '
