for w in file.c file.h Makefile x '*' '?'; do
	case $w in
	\*) echo "$w: star";;
	'?') echo "$w: question";;
	*.[ch]) echo "$w: source";;
	[A-Z]*) echo "$w: capital";;
	?) echo "$w: single";;
	esac
done
