x=/usr/local/bin/tool
echo ${x#*/} ${x##*/} ${x#/usr} ${x#nomatch}
y=abcabc
echo ${y#a*c} ${y##a*c} ${y#[ab]}
