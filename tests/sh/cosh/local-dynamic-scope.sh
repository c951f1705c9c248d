# local follows dash (Debian Policy 10.4): several names in one command,
# name=value, dynamic scope (a callee sees and changes the caller's local),
# and the caller's value comes back when the function returns.
x=outer
g() { echo "g sees $x"; x=changed-by-g; }
f() {
	local x=inner a=1 b c=3
	echo "$a ${b-unset} $c"
	g
	echo "f sees $x"
}
f
echo "top sees $x"
v="two words"
h() { local w=$v; echo "$w"; }
h
k() { local y=1 y=2; echo "$y"; local y; echo "$y"; }
k
echo "${y-y unset}"
