# Only results of expansions are split, not literal text.
IFS=:
echo a:b c:d
x=a:b
echo $x "$x"
