trap 'echo exit-trap $?' EXIT
echo body
exit 3
