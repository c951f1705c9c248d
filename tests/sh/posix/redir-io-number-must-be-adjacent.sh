# Only digits directly before the operator form an fd number.
echo a 2>f
echo "f:[$(cat f)]"
echo b 2 >g
echo "g:[$(cat g)]"
echo c\2>h
echo "h:[$(cat h)]"
