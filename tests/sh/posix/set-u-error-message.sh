set -u
(echo "$nonexistent_var"; echo not reached)
[ $? -ne 0 ] && echo exited-nonzero
