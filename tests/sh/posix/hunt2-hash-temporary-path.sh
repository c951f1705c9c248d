# A PATH assignment in the prefix of one command affects only that command's
# search (XCU 2.9.1.1, 2.9.1 variable assignments); the location it finds
# must not be remembered for later searches under the shell's own PATH.
mkdir p1 p2
printf '#!/bin/sh\necho one\n' > p1/zcmd
printf '#!/bin/sh\necho two\n' > p2/zcmd
chmod +x p1/zcmd p2/zcmd
PATH=$PWD/p2:$PATH
zcmd
PATH=$PWD/p1:$PATH zcmd
zcmd
PATH=$PWD/p1:$PATH command zcmd
zcmd
