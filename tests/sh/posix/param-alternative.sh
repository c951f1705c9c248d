# ${p:+w} and ${p+w}
unset u; n=; s=x
echo "1:${u:+a} 2:${u+a} 3:${n:+a} 4:${n+a} 5:${s:+a} 6:${s+a}"
