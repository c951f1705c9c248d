# Aliases apply only in command position.
alias word='replaced'
echo word
alias e='echo'
e e
