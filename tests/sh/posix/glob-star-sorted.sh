# XCU 2.6.6: matches are sorted (LC_ALL=C collation).
touch b.txt a.txt C.txt c.log
echo *.txt
echo *
echo c*
