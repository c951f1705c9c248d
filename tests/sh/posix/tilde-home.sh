# XCU 2.6.1: ~ and ~/ use HOME.
HOME=/home/tester
echo ~ ~/dir "~" \~ ~x-not-a-user-hopefully 2>/dev/null | sed 's/~x-not.*/userless/'
x=~
echo $x
