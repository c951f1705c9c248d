# As in dash, `local x` keeps the value and the export attribute x had; an
# unset or readonly or export given to a local ends when the function returns.
x=outer
export x
f() {
	local x
	echo "[${x-unset}]"
	env | grep '^x='
	unset x
	echo "[${x-unset}]"
	local e=1 r
	export e
	r=2
	readonly r
	sh -c 'echo "child e=$e"'
}
f
echo "[$x]"
env | grep '^x='
echo "[${e-unset}] [${r-unset}]"
env | grep '^e=' || echo "e not exported"
r=3 && echo "r=$r"
readonly ro=1
g() { local ro; echo "ro=$ro"; }
g
echo "status $?"
