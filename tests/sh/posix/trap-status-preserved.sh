# The trap action does not change $? of the interrupted command sequence.
trap 'false' USR1
(exit 4)
kill -USR1 $$
echo "after trap $?"
trap 'echo "in trap: $?"' EXIT
(exit 9)
