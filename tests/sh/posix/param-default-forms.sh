# XCU 2.6.2: ${p:-w} ${p-w} with unset, null and set parameters.
unset u; n=; s=set
echo "1:${u:-d} 2:${u-d} 3:${n:-d} 4:${n-d} 5:${s:-d} 6:${s-d}"
echo "${u:-a b}" ${u:-"x y"}
