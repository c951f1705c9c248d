HOME=/h
unset u
echo ${u:-~} ${u:-~/x}
