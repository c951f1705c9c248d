# modes: file c
exec 5<&0
read -r l <&5
echo "read via 5: $l"
exec 0<&-
read -r m <&5
echo "still via 5: $m"
exec 5<&-
