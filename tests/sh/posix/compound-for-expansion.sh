touch f1 f2
x='p q'
for i in $x f* "$x"; do echo "[$i]"; done
for i in $(echo 1 2); do echo $i; done
echo "last $i"
