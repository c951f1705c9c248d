# set -e: a failing simple command exits.
set -e
echo one
false
echo not reached
