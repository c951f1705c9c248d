true; echo $?
false; echo $?
:; echo $?
: ignored args >/dev/null; echo $?
