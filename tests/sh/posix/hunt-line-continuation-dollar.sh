# A backslash-newline between $ and ( or (( is removed before the
# expansion is recognized (XCU 2.2.1, 2.3).
echo $\
(echo cmdsub)
echo $\
((1 + 2))
x=val
echo $\
{x} "$\
(echo dq)"
