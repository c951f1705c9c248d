IFS=,
set -- $(echo 'x,y z,w')
echo $#
printf '<%s>' "$@"; echo
