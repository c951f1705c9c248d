# exec does not fork: the command gets the shell's pid.
mypid=$$
exec sh -c "if [ \$\$ = $mypid ]; then echo same-pid; else echo different; fi"
