# trap with no operands in a subshell lists the traps of the shell it came
# from until it sets one of its own, at every depth of nesting
# (POSIX.1-2024 XCU trap; bash and yash).
# skip-shells: dash
trap 'echo int' INT
(trap; (trap; (trap)))
echo --
( (trap 'echo usr' USR1; trap; (trap)); trap)
echo --
trap 'echo x' EXIT
(x=$( (trap) ); echo "$x")
