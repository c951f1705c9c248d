# set -e: the last command of an && list does cause an exit.
set -e
true && false
echo not reached
