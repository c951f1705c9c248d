echo x >f
exec 3<f
exec 3<&-
read -r l 2>/dev/null <&3
[ $? -ne 0 ] && echo fd3-closed
(cat <&3) 2>/dev/null || echo child-sees-closed
