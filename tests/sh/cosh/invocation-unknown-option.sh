# An invocation error names the option and comes before any script runs,
# so it has no script position (DESIGN.md 1): "cosh: --bogus: unknown
# option" (bash and yash name it too; dash says "Illegal option"), then
# the usage, status 2 (XCU sh, EXIT STATUS).
sh=$(readlink /proc/$$/exe)
for args in --bogus '-o bogus' '+o bogus' -Q +Q -c; do
	"$sh" $args 2> err < /dev/null
	echo "$args: st=$?"
	sed -n 1p err
	sed -n '2{s/ .*//;p;}' err
done
