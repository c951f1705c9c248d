# Aliases are expanded in the commands of a $(...) command substitution
# (XCU 2.3.1, 2.6.3: the command is parsed when the substitution is run or
# read, with the aliases then defined).
alias e=echo
alias ee='echo two'
x=$(e one); echo "$x"
echo $(ee)
echo "$(e three)"
echo $( e four; e five)
echo $(echo six; e seven)
echo `e eight`
