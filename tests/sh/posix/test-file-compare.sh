touch old
touch -t 200001010000 older
[ old -nt older ] && echo nt
[ older -ot old ] && echo ot
ln old hard
[ old -ef hard ] && echo ef
[ old -ef older ] || echo not-ef
