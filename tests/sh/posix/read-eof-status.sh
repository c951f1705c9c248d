printf 'no newline' >f
read x <f; echo "$? [$x]"
read y </dev/null; echo "$? [$y]"
printf 'a\n' | { read l; read m; echo "$? [$l][$m]"; }
