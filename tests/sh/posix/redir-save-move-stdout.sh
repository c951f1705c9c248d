exec 5>&1 1>f
echo into-f
exec 1>&5 5>&-
echo back
cat f
