# A child sees only fds 0 1 2 (ls adds 3 for the directory it reads).
ls /proc/self/fd | tr '\n' ' '; echo
x=$(ls /proc/self/fd | tr '\n' ' '); echo "$x"
ls /proc/self/fd | cat | tr '\n' ' '; echo
