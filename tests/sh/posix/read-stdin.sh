# modes: file c
# .in gives standard input.
read first
read -r second
printf '[%s] [%s]\n' "$first" "$second"
while read -r line; do echo "rest: $line"; done
