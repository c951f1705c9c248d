# The redirection word is expanded (no field splitting).
n=target
echo x >$n; cat target
s='with space'
echo y >"$s"; cat "with space"
echo z >"$(echo cmd)file"; cat cmdfile
d=.
echo w >$d/$n.2; cat target.2
