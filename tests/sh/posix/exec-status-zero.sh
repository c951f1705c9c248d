false
exec 3>f
echo "status $?"
false
exec
echo "status $?"
