printf 'a\\ b c\\\\d\n' >f
read x y <f; printf '[%s] [%s]\n' "$x" "$y"
read -r x y <f; printf '[%s] [%s]\n' "$x" "$y"
printf 'first \\\ncontinued\n' >g
read l <g; printf '[%s]\n' "$l"
read -r l <g; printf '[%s]\n' "$l"
