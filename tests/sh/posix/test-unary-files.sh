touch f; mkdir d; ln -s f l; : >empty; echo x >nonempty
chmod 644 f; printf '#!/bin/sh\n' >ex; chmod 755 ex
for op in -e -f -d -h -L -r -w -x -s; do
	for p in f d l empty nonempty ex missing; do
		if test $op $p; then printf '%s ' "$op$p"; fi
	done
	echo
done
