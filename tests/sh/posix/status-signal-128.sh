# A command killed by a signal has a status above 128.
exec 2>/dev/null
sh -c 'kill -KILL $$'
s=$?; [ $s -gt 128 ] && echo "$(kill -l $s)"
sh -c 'kill -TERM $$'
s=$?; [ $s -gt 128 ] && echo "$(kill -l $s)"
