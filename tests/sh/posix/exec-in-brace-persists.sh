{ exec 4>out; }
echo via4 >&4
exec 4>&-
cat out
