# A $ not followed by a name or { ( is literal.
echo $ a$ "$" "x$"
echo $%
