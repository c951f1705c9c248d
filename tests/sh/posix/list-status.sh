false && true; echo $?
true || false; echo $?
false || (exit 6); echo $?
! false; echo $?
! (exit 3); echo $?
