# A syntax error in eval is reported with the line of the eval; the
# non-interactive shell exits with status 2 (as dash and yash do).
echo before
eval 'if then'
echo not reached
