exec 3>f
(exec 3>&-)
echo still-open >&3
(exec >g; echo sub)
echo main-stdout
cat f g
