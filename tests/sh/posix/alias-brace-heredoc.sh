# An alias for { opens a group whose here-document contains command
# substitutions.
alias lb='{'
lb cat <<END
a $(echo b) $(:)c
END
}
echo after
