# Thousands of functions, defined by a sourced file: every one is found,
# redefinitions replace, and commands between definitions run.
i=0
while [ $i -lt 3000 ]; do
	echo "fn$i() { echo \"fn$i \$#\"; }"
	[ $((i % 1000)) -eq 0 ] && echo "echo between $i"
	i=$((i + 1))
done > defs
echo 'fn5() { echo new5; }' >> defs
echo 'unset -f fn7' >> defs
. ./defs
fn0 a b
fn2999
fn1234 x
fn5
fn7 2>/dev/null || echo fn7 gone
command -v fn2000
