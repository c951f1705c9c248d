echo abc >f
>f
wc -c <f | tr -d ' '
x=1 >g
[ -f g ] && echo "g created x=$x"
