printf '%s-%s\n' a b c d e
printf '[%s]\n'
printf '%d\n' 1 2
printf 'no args\n'
