# break n larger than the depth exits all loops.
for i in 1 2; do
	while :; do break 5; done
	echo in-for-$i
done
for i in 1 2; do for j in 1 2; do break 9; done; echo no; done
echo done
