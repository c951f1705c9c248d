hash -r
hash ls >/dev/null
ls /dev/null
