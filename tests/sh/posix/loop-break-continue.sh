for i in 1 2 3 4 5; do
	[ $i = 2 ] && continue
	[ $i = 4 ] && break
	echo $i
done
i=0
while :; do i=$((i+1)); [ $i -gt 3 ] && break; echo w$i; done
