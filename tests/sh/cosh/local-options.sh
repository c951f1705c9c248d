# `local -` (dash): the options are put back when the function returns.
f() {
	local -
	set -f +u
	case $- in *f*) echo "f: noglob on" ;; esac
	case $- in *u*) echo "f: nounset on" ;; *) echo "f: nounset off" ;; esac
}
set -u +f
f
case $- in *f*) echo "noglob on" ;; *) echo "noglob off" ;; esac
case $- in *u*) echo "nounset on" ;; esac
