# A redirection error on a regular command does not exit the shell.
cat 2>/dev/null </nonexistent/file
echo "continued $([ $? -ne 0 ] && echo nonzero)"
echo 2>/dev/null hi >/nonexistent/dir/file
echo "continued $([ $? -ne 0 ] && echo nonzero)"
{ echo x; } 2>/dev/null </nonexistent
echo "compound continued $([ $? -ne 0 ] && echo nonzero)"
