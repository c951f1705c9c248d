# The shell moves its own fds when a user redirection names them: opening
# 10-20 and 255 must not disturb reading the rest of the script.
echo data >f
for n in 10 11 12 13 14 15 16 17 18 19 20 255; do
	eval "exec $n<f"
done
read -r l <&10
echo "10: $l"
read -r l <&255
echo "255: $l"
for n in 10 11 12 13 14 15 16 17 18 19 20 255; do
	eval "exec $n<&-"
done
ls /proc/self/fd | tr '\n' ' '; echo
echo end of script
