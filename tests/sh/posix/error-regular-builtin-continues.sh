# A utility error in a regular builtin does not exit.
cd /nonexistent-xyz 2>/dev/null
echo continued
printf '%d\n' x 2>/dev/null
echo continued
