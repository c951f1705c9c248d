# Redirections on exec with a command apply to that command.
(exec sh -c 'echo out; echo err >&2' >o 2>e)
cat o e
printf 'input\n' >i
(exec cat <i)
