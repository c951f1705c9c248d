# A function library the Dockerfile's RUN lines source (. /lib.sh).
greet() {
	cat <<END
hello, $1
END
}

# count_lines FILE: the number of lines, read through fd 3.
count_lines() {
	n=0
	exec 3<"$1"
	while read -r _ <&3; do
		n=$((n + 1))
	done
	exec 3<&-
	echo "$n"
}

# quoted: a here-document with a quoted delimiter expands nothing.
quoted() {
	cat <<'END'
$HOME `no` $(none)
END
}
