# The special builtin . exits a non-interactive shell when the file is
# not found.
echo before
(. ./does-not-exist; echo not reached)
[ $? -ne 0 ] && echo exited-nonzero
