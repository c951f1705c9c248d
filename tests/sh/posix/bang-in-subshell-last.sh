# `! cmd` as the last command of a subshell still inverts the status of
# an external command (XCU 2.9.2); found by the dpkg test (locales).
( ! grep -q no-such-text-xyz /dev/null ); echo "st $?"
( ! grep -q "" /etc/passwd ) || echo "st $?"
echo x | { ! grep -q zzz; }; echo "pipe st $?"
