# read consumes exactly one line of a regular file: a command run after it
# on the same open file starts at the next line (XCU read), also when the
# lines are longer than any block the shell reads at once.
i=0
while [ $i -lt 20 ]; do echo "line $i"; i=$((i + 1)); done > f
long=x
while [ ${#long} -lt 9000 ]; do long=$long$long; done
{ echo "$long"; echo after-long; echo last; } > g
{ read a; read b; echo "[$a][$b]"; cat; } < f
{ read -r a; echo "${#a}"; cat; } < g
{ read -r a; read -r b; echo "[$b]"; head -n 1; read -r c; echo "[$c]"; } < g
exec 3< f
read x <&3; read y <&3
echo "[$x][$y]"
head -n 2 <&3
exec 3<&-
