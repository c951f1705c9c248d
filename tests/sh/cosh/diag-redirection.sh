cat </nonexistent/file
echo "continued, nonzero: $([ $? -ne 0 ] && echo yes)"
