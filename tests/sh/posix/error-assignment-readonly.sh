# Assigning to a readonly variable exits a non-interactive shell, also
# before a regular command... but not in a subshell's parent.
readonly r=1
(r=2; echo not reached) 2>/dev/null
echo "exited: $([ $? -ne 0 ] && echo yes)"
