# modes: file c
printf 'alpha\nbeta\n' >data
exec <data
read -r l
echo "$l"
cat
