x=file.tar.gz
echo ${x%.*} ${x%%.*} ${x%.gz} ${x%nomatch}
y=aXbXc
echo ${y%X*} ${y%%X*} "${y%?}"
