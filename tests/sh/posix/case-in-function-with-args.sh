classify() {
	for a do
		case $a in
		-*) echo "option $a";;
		*[0-9]*) echo "has digit $a";;
		*) echo "word $a";;
		esac
	done
}
classify -v x9 plain
