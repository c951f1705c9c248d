# command removes the special properties of special builtins.
command readonly r=1
command export e=2
echo $r $e
