# A pattern that matches nothing stays as it is.
echo *.none nofile? [x]nothing
set -- *.none
echo $#
