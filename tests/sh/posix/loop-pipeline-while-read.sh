printf '1\n2\n3\n' | while read -r n; do echo "n=$n"; done
printf 'a b\nc d\n' >f
while read -r x y; do echo "$y $x"; done <f
