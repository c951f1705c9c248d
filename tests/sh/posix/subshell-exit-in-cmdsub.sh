x=$(exit 4; echo no)
echo "[$x] $?"
