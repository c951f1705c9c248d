touch a1 a2
set -f
echo a*
set -o noglob
echo a?
set +o noglob
echo a*
