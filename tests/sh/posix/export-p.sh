# The output of export -p can be read back by the shell.
export xx_exported='a b '\''c'\'' $x "y"'
saved=$(export -p)
unset xx_exported
eval "$saved"
printf '%s\n' "$xx_exported"
sh -c 'printf "%s\n" "$xx_exported"'
