# The EXIT trap does not run when exec replaces the shell.
trap 'echo exit-trap' EXIT
exec sh -c 'echo replaced'
