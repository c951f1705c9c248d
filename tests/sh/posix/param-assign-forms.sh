# ${p:=w} and ${p=w} assign.
unset u; n=
echo "${u=one}" "$u"
echo "${n=two}" "[$n]"
echo "${n:=three}" "$n"
unset u
: ${u:=four}
echo "$u"
