# ${v/pat/rep}, ${v//pat/rep}, ${v/#pat/rep}, ${v/%pat/rep}: an extension
# of busybox ash and bash. The longest match of the pattern is replaced;
# quoted pattern characters match themselves; an empty pattern matches only
# where /# or /% anchors it. On $@ each parameter is replaced on its own.
# Output checked against bash --posix and busybox sh.
p=/usr/local/bin
HOME=/home/u
echo "${p/\//:}" "${p//\//:}" ${p/#\/usr/~} "${p/%bin/sbin}"
echo "${p/l*l/X}" "${p//[ou]/0}" "${p/nothere/x}" "${p/local}"
s='a*b*c'
echo "${s//\*/-}" "${s//'*'/+}" "${s/#/>}" "${s/%/<}" "${s//}"
r='x y'
set -- ab cab
echo "${@/a/A}" "${*//b/$r}"
for w in ${r/ /-} ${r/x/1 2}; do echo "[$w]"; done
