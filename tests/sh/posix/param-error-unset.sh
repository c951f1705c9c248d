# ${p:?w} writes w and a non-interactive shell exits.
unset u
echo before
(echo "${u:?custom message}"; echo not reached)
echo "subshell status nonzero: $([ $? -ne 0 ] && echo yes)"
s=ok
echo "${s:?unused}"
(echo "${u:?}"; echo not reached) 2>/dev/null
[ $? -ne 0 ] && echo status-nonzero
