# An alias for { opens a group whose here-document contains command
# substitutions.
alias lb='{'
lb cat <<END
a $(echo b) $(:)c
END
}
echo after
lb cat <<END; }
y $(:) $(echo z)
END
alias lp='('
lp cat <<-END
	$(echo in-paren)
	END
)
alias h='cat <<E'
h
from-alias-operator $(echo ok)
E
