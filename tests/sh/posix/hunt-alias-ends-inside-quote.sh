# An alias value may end inside a quoted string that the following input
# closes; nothing is inserted at the join (XCU 2.3.1).
alias k='echo "k'
k quote"
alias q="echo 'a"
q b'
