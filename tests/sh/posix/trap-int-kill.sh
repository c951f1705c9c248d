# A caught signal runs the trap; the shell continues.
trap 'echo caught INT' INT
kill -INT $$
echo continued
trap 'echo caught USR1' USR1
kill -USR1 $$
echo done
