# Division by zero is an error; the shell writes a diagnostic.
(echo $((1/0)); echo not reached) 2>/dev/null
[ $? -ne 0 ] && echo error
echo $((1/1))
