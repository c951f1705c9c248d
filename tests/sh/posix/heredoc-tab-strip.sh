# <<- strips leading tabs from the body and the delimiter line.
cat <<-EOF
	tab one
		two tabs
	  tab then spaces
	EOF
echo done
