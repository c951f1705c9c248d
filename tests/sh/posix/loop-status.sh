for i in 1; do false; done; echo $?
i=0; while [ $i -lt 1 ]; do i=1; (exit 3); done; echo $?
for i in 1 2; do break; done; echo $?
