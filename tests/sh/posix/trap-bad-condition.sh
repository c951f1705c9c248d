# An invalid condition is reported and gives a non-zero status, and the
# shell goes on (XCU trap); a lone action with no condition is an error.
trap 'echo x' BOGUS
echo bogus $?
trap 'echo x' 99
[ $? -ne 0 ] && echo number-failed
(trap foo)
[ $? -ne 0 ] && echo lone-failed
trap
echo end
