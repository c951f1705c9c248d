# modes: c stdin
echo before
(echo "${u?custom message}"; echo not reached)
echo "exited, nonzero: $([ $? -ne 0 ] && echo yes)"
