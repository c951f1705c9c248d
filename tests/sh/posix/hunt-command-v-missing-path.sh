# command -v with a name containing a slash that names no file reports
# failure (status above 0, from 1 to 127 across shells) and writes
# nothing (XCU command, EXIT STATUS).
command -v ./no-such-file || echo not-found
command -v /nonexistent/dir/cmd || echo not-found
command -V ./no-such-file >/dev/null 2>&1 || echo V-not-found
