# Quoted empty strings are fields; unquoted empty expansions vanish.
count() { echo $#; }
e=
count "" '' $e "$e"
count $e $e
count "$e$e"
