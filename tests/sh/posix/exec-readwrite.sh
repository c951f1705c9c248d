exec 3<>rw
echo written >&3
exec 3<&-
exec 3<>rw
read -r l <&3
echo "$l"
exec 3<&-
