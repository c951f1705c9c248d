# Quoted characters in the pattern word are literal.
x='a*b*c'
echo "${x#a\*}" "${x%'*c'}" "${x#"a*"}"
p='*'
echo "${x#*"$p"}" "${x#*$p}"
