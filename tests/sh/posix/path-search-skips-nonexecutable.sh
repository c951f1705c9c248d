# A non-executable file earlier in PATH does not stop the search.
mkdir a b
printf 'echo from-a\n' >a/cmd
printf '#!/bin/sh\necho from-b\n' >b/cmd
chmod 644 a/cmd
chmod 755 b/cmd
PATH=$(pwd)/a:$(pwd)/b:$PATH
cmd
