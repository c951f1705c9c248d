# A redirection error on a special builtin exits a non-interactive shell.
(: </nonexistent/file; echo not reached) 2>/dev/null
echo "exited: $([ $? -ne 0 ] && echo yes)"
(export x </nonexistent/file; echo not reached) 2>/dev/null
echo "exited: $([ $? -ne 0 ] && echo yes)"
