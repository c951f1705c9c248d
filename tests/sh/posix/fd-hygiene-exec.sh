exec ls /proc/self/fd
