# Symbolic umask masks as in XCU chmod: several clauses, several who
# letters, an empty perm list, a who of a; invalid masks fail and leave the
# mask alone (XCU umask).
for m in a=rx,ug+w u-w,g= = a-rwx uu=r go-rwx,u=rwx u=rw,go=r ug=rw,o= \
	u=,g=,o= + ugo+; do
	umask 022
	umask "$m"
	echo "$m $? $(umask)"
done
for m in u=rwz , u 8 0999; do
	umask 022
	umask "$m" 2>/dev/null
	[ $? -ne 0 ] && echo "$m failed $(umask)"
done
