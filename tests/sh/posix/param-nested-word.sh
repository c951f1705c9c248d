# The word in ${p:-word} is expanded (tilde, parameter, command, arithmetic).
unset u; v=inner
echo ${u:-$v} ${u:-${v}x} ${u:-$(echo cmd)} ${u:-$((1+2))}
echo "${u:-"quoted $v"}"
