# A name ends at the first character that cannot be in a name.
ab=1; a=2
echo $ab $a-b ${a}b $a.b
_x9=ok
echo $_x9
