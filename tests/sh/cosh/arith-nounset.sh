# set -u makes an unset variable in arithmetic an expansion error, as in
# bash and yash (dash reads 0); one that is not evaluated is no error.
set -u
echo $((0 && unset_v))
( echo $((unset_v + 1)); echo not reached )
[ $? -ne 0 ] && echo subshell-failed
