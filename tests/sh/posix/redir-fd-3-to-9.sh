{ echo three >&3; echo four >&4; echo nine >&9; } 3>f3 4>f4 9>f9
cat f3 f4 f9
