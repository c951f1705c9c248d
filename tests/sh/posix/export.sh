export a=1
b=2; export b
sh -c 'echo "$a $b [$c]"'
c=3
sh -c 'echo "[$c]"'
export c
sh -c 'echo "[$c]"'
