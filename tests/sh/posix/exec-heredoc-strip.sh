exec 3<<-EOF
	stripped
	EOF
cat <&3
