# "$@" with no parameters produces no fields.
set --
count() { echo $#; }
count "$@"
count "$*"
count "x$@y"
count $@
set -- ''
count "$@"
