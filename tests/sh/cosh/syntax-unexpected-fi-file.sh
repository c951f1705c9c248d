# modes: file
echo before
fi
echo not reached
