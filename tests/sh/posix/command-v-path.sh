mkdir bin
printf '#!/bin/sh\n' >bin/mytool
chmod +x bin/mytool
PATH=$(pwd)/bin:$PATH
[ "$(command -v mytool)" = "$(pwd)/bin/mytool" ] && echo absolute-path
