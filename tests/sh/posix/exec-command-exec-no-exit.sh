# `command exec` does not exit on a redirection error (XCU 2.14).
command exec 3</nonexistent/file 2>/dev/null
echo "continued, status nonzero: $([ $? -ne 0 ] && echo yes)"
