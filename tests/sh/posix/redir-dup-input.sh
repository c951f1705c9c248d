printf 'a\nb\n' >f
exec 3<f
read -r x <&3
cat <&3
exec 3<&-
echo "x=$x"
