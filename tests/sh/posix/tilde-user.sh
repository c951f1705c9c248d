# ~root is root's home directory (from the user database).
r=~root
case $r in /*) echo absolute;; *) echo "not expanded: $r";; esac
