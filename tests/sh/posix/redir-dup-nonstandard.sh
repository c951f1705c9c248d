echo data >f
exec 3<f
exec 4<&3
exec 3<&-
read -r l <&4
echo "$l"
exec 4<&-
