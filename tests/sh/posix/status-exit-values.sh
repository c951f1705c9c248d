(exit 0); echo $?
(exit 255); echo $?
(exit 256) 2>/dev/null; [ $? -le 255 ] && echo in-range
sh -c 'exit 200'; echo $?
