# modes: file stdin
# set -v writes input lines to stderr as they are read (with -c the whole
# string was read before set -v ran).
set -v
echo verbose
