x=2
echo $(( $((x+1)) * $(echo 4) ))
echo $(( (x) ))
