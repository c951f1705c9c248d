exec 3>f
echo x >&3
(echo y >&3)
sh -c 'echo z >&3'
exec 3>&-
cat f
