touch a1 a2 a3 ab b1
echo a?
echo a[12]
echo a[!12]
echo a[1-2] [ab]1
