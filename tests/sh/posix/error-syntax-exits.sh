echo before
eval 'if then fi' 2>/dev/null
echo not reached
