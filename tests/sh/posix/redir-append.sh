echo one >>f
echo two >>f
cat f
