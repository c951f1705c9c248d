# The fd of a file being read by `.` does not leak.
echo 'ls /proc/self/fd | tr "\n" " "; echo' >inc.sh
. ./inc.sh
