x=val
cat <<EOF
param $x ${x} cmd $(echo sub) `echo bq` arith $((2*3))
quotes 'single' "double" stay
backslash \$x \` \\ \a
EOF
