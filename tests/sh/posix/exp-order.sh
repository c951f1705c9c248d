# XCU 2.6: tilde, parameter, command substitution and arithmetic, then
# field splitting, pathname expansion, quote removal.
x='1 2'
set -- $x
echo $#
y='*'
echo "$y"
z=$(echo 'a  b')
echo "$z" $z
