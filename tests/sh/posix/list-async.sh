# & runs asynchronously; wait collects it.
echo bg >f &
wait
cat f
{ sleep 0; exit 5; } &
wait $!
echo $?
