# A command found through PATH and remembered is searched again when its
# file is removed or loses its execute bits, and when PATH is assigned;
# hash -r forgets the remembered locations (XCU 2.9.1.4, hash).
mkdir d1 d2 d3
printf '#!/bin/sh\necho one\n' > d1/cmdx
printf '#!/bin/sh\necho two\n' > d2/cmdx
chmod +x d1/cmdx d2/cmdx
PATH=$(pwd)/d3:$(pwd)/d1:$(pwd)/d2:$PATH
cmdx
rm d1/cmdx
cmdx
rm d2/cmdx
cmdx 2>/dev/null
echo gone $?
printf '#!/bin/sh\necho three\n' > d1/cmdx
chmod +x d1/cmdx
cmdx
printf '#!/bin/sh\necho early\n' > d3/cmdx
chmod +x d3/cmdx
hash -r
cmdx
rm d3/cmdx
P=$PATH
PATH=$(pwd)/d1:$P
cmdx
PATH=$(pwd)/d2:$P
printf '#!/bin/sh\necho four\n' > d2/cmdx
chmod +x d2/cmdx
cmdx
PATH=$(pwd)/d1:$(pwd)/d2:$P
cmdx
chmod -x d1/cmdx
cmdx
hash no-such-command-xyz 2>/dev/null
echo hash-missing $?
