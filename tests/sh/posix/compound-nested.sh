for i in 1 2; do
	if [ $i = 1 ]; then
		case $i in 1) while :; do echo "one"; break; done;; esac
	else
		{ (echo "two"); }
	fi
done
