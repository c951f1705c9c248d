# skip-shells: dash
# dash takes only one-digit fd numbers; bash and yash follow the grammar.
{ echo to-255 >&255; } 255>f
cat f
exec 60>g 61<g
echo via-60 >&60
read -r l <&61
echo "$l"
