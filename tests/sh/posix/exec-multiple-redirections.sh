exec 3>a 4>b
echo to-a >&3
echo to-b >&4
exec 3>&- 4>&-
cat a b
