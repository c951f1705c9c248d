# kill -s NAME, -NAME, -NUMBER, and kill -l with a number or an exit
# status above 128; trap accepts signal numbers (XCU kill, trap).
trap 'echo got USR1' USR1
kill -s USR1 $$
trap 'echo got TERM' 15
kill -TERM $$
kill -15 $$
kill -s 0 $$ && echo s0
kill -0 $$ && echo k0
kill -l 15
kill -l 143
trap - 15 USR1
trap
echo done
