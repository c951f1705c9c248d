# modes: file c
# An asynchronous list without job control reads /dev/null, not the
# shell's standard input.
cat &
wait
read l
echo "still have: $l"
