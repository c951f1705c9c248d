# modes: file c
exec 0<&-
read -r l 2>/dev/null
[ $? -ne 0 ] && echo stdin-closed
