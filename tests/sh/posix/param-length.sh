# ${#p}
x=hello; e=; unset u
echo ${#x} ${#e}
set -- a bb ccc
echo ${#1} ${#3} ${#}
y="a b  c"
echo ${#y}
