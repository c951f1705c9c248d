x=outer
y=$(x=inner; echo $x)
echo $x $y
$(cd /) 
pwd -P >/dev/null && echo ok
