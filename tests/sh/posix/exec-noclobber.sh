echo existing >f
set -C
(exec 3>f; echo not reached) 2>/dev/null
echo "refused: $([ $? -ne 0 ] && echo yes)"
exec 3>|f
echo through-3 >&3
exec 3>&-
cat f
