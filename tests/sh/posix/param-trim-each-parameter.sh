# skip-shells: dash
# The pattern forms applied to @ and * trim each positional parameter on
# its own. POSIX leaves the result unspecified; cosh follows bash and yash
# (dash trims only the first and the last).
set -- ab ac "x y"
printf '[%s]' "${@#a}"; echo
printf '[%s]' ${@%c}; echo
printf '[%s]' "${*#a}"; echo
