# Trapping or ignoring KILL or STOP, which POSIX leaves undefined, is
# refused with a message and status 1, and the shell goes on (as yash; dash
# and bash accept it silently). Resetting them succeeds. A lone action
# with no condition is a usage error of a special builtin: the shell exits
# with status 2 (as bash and yash; dash goes on with status 1).
trap 'echo x' KILL
echo kill $?
trap '' STOP
echo stop $?
trap - KILL STOP
echo reset $?
trap 'echo int' KILL INT
echo partial $?
trap
trap foo
echo not reached
