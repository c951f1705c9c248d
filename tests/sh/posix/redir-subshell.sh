(echo a; echo b >&2) >f 2>&1
cat f
(exec >g; echo in-sub-exec)
echo parent-stdout-intact
cat g
