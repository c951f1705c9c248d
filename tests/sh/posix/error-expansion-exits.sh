(unset u; echo ${u?gone}; echo not reached) 2>/dev/null
echo "exited: $([ $? -ne 0 ] && echo yes)"
