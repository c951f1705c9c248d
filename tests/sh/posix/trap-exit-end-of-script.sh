trap 'echo at-end' EXIT
echo body
false
