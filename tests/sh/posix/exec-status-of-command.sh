(exec sh -c 'exit 42')
echo $?
exec sh -c 'exit 7'
