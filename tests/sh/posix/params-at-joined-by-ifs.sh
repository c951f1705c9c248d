# skip-shells: bash
# XCU 2.5.2: $@ where no field splitting happens (an assignment, a case
# word, a here-document) joins the parameters as $* does, with the first
# byte of IFS, nothing when IFS is empty, a space when it is unset (dash,
# yash; bash --posix joins $@ with spaces).
set -- a b
IFS=
v=$@; echo "[$v]"
v="$@"; echo "[$v]"
IFS=:
v=$@; echo "[$v]"
case $@ in a:b) echo "case [a:b]" ;; esac
cat <<EOF
[$@]
EOF
unset IFS
v=$@; echo "[$v]"
