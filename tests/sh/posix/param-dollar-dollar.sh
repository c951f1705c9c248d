# $$ is the shell's pid, also in a subshell.
a=$$
b=$( echo $$ )
c=$( (echo $$) )
[ "$a" = "$b" ] && [ "$a" = "$c" ] && echo same
case $a in *[!0-9]*|'') echo bad;; *) echo numeric;; esac
