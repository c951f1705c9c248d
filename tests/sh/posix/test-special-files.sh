[ -c /dev/null ] && echo char
[ -b /dev/null ] || echo not-block
mkfifo p; [ -p p ] && echo fifo
[ -t 5 ] || echo not-tty
[ -S p ] || echo not-socket
touch f; [ -u f ] || echo no-setuid
[ -g f ] || echo no-setgid
