# Several here-documents on one line, read in order.
cat <<A; cat <<B
first
A
second
B
cat <<A && cat <<-B
third
A
	fourth
	B
