# read from here-documents, small and larger than any pipe buffer: each
# read takes one line and cat gets the rest.
{ read a; read b; echo "[$a][$b]"; cat; } <<EOF2
first
second
third
fourth
EOF2
big=0123456789
while [ ${#big} -lt 20000 ]; do big=$big$big; done
{ read a; echo "[$a]"; read -r b; echo "${#b}"; cat; } <<EOF2
one
$big
three
four
EOF2
while IFS=: read k v; do echo "$k=$v"; done <<'EOF2'
x:1
y:2:3
EOF2
