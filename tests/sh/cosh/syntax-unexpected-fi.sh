# modes: c stdin
echo before
fi
echo not reached
