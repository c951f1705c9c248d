# Commands after a here-document inside $(...) and `...` still run
# (XCU 2.6.3, 2.7.4).
x=$(cat <<EOF
a
EOF
echo b
)
echo "$x"
y=$(echo 0; cat <<EOF
1
EOF
cat <<EOF
2
EOF
echo 3
)
echo "$y"
z=`cat <<EOF
q
EOF
echo r`
echo "$z"
