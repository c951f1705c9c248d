# Decimal, octal (leading 0) and hexadecimal (0x) constants.
echo $((010)) $((0x1f)) $((0X10)) $((0)) $((007+1))
