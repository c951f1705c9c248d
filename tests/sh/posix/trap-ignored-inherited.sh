# Ignored signals stay ignored in subshells and children.
trap '' USR1
(kill -USR1 $$; kill -USR1 $(sh -c 'echo $PPID'); echo sub-ok)
sh -c 'kill -USR1 $$; echo child-ok'
