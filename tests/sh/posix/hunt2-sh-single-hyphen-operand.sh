# sh: "A single <hyphen-minus> shall be treated as the first operand and
# then ignored" (XCU sh, OPTIONS), so `sh - file arg` runs file with $1=arg.
# The shell under test is re-run through /proc/$$/exe (Linux).
sh=$(readlink /proc/$$/exe)
echo 'echo "[$0] [$1]"' > script.sh
"$sh" - script.sh arg
echo "status $?"
