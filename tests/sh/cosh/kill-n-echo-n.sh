# kill -n NUMBER (bash, ksh) and echo -n (dash, Debian Policy 10.4).
trap 'echo got USR1' USR1
kill -n 10 $$ 2>/dev/null || kill -s USR1 $$
echo -n no-newline; echo "|"
echo -n; echo "|"
echo a -n b
