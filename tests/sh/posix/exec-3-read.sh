printf 'one\ntwo\nthree\n' >f
exec 3<f
read -r a <&3
read -r b <&3
echo "$a $b"
cat <&3
exec 3<&-
