# The status of a pipeline is that of the last command.
false | true; echo $?
true | false; echo $?
true | (exit 9); echo $?
! true | false; echo $?
