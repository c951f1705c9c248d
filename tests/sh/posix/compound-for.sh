for i in a b c; do echo $i; done
set -- x 'y z'
for i; do echo "[$i]"; done
false
for i in; do echo never; done
echo "empty status $?"
for i do echo "do-form $i"; done
