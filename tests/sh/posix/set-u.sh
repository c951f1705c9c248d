# set -u: expanding an unset parameter is an error; $@ and $* are fine.
set -u
x=1
echo $x "$@" "$*" ${u-default} ${u:+alt}
(echo $unset_var; echo not reached) 2>/dev/null
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
