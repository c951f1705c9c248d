HOME=/h
echo "~" '~' \~/ "~/x"
x="~"
echo $x
