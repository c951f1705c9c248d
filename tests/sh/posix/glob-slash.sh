mkdir -p d1/sub d2
touch d1/f d2/g d1/sub/h
echo */*
echo d*/
echo d1/*/h
echo d?
