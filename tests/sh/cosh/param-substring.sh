# ${v:offset} and ${v:offset:length}, an extension of busybox ash and bash
# (where POSIX leaves the syntax free): offsets count characters from 0, a
# negative one from the end; a negative length is an end counted from the
# end. On $@ and $* they select positional parameters, $0 at offset 0.
# Output checked against bash --posix and busybox sh.
v=abcdef
echo "${v:2}" "${v:2:3}" "${v: -2}" "${v:1:-1}" "${v::2}" "[${v:10}]"
echo "${v:$((1+1)):1}" "${v:0:0}x" "${v: -10:2}x"
set -- one two three four
echo "${@:2}"
echo "${@:2:2}" "${*: -1}"
printf '[%s]' "${@:3}"; echo
unset u
echo "[${u:1}]"
