# Arithmetic is done in signed long (64-bit here).
echo $((2147483647+1)) $((1<<40)) $((-9223372036854775807-1))
echo $((9223372036854775807))
