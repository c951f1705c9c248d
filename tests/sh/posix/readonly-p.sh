# readonly -p lists the variable in a form that can be read back.
readonly yy_ro='v w'
readonly -p | grep -q 'yy_ro=' && echo listed
