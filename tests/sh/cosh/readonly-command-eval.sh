# Assigning to a readonly variable is a variable assignment error (XCU
# 2.8.1) that ends a non-interactive shell; under `command` it does not,
# as in dash and bash (yash exits).
readonly ro=1
command eval ro=2
[ $? -ne 0 ] && echo "failed, ro=$ro"
(ro=3; echo not reached)
[ $? -ne 0 ] && echo subshell-exited
