f() { echo $#; shift; echo "$*"; }
f a b c
