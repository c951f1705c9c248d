# read beyond POSIX, as bash and busybox ash (doc/cosh.1): -n, -t, -p and
# REPLY. Expected output is bash --posix's (busybox 1.35 differs where
# noted).
printf 'abcdef\nxyz\n' > f
{ read -n 3 a; echo "1 [$a] $?"; read b; echo "1 [$b]"; } < f
printf 'ab\ncd\n' | { read -n 3 a; echo "2 [$a] $?"; read b; echo "2 [$b]"; }
printf ' a b c\n' | { read -n 4 x y; echo "3 [$x][$y] $?"; }
# An escaped byte counts once; backslash-newline is not counted (busybox
# counts input bytes).
printf 'ab\\\ncd\n' | { read -n 4 x; echo "4 [$x] $?"; }
printf 'abc' | { read -n 5 x; echo "5 [$x] $?"; }
# -n 0 reads nothing (busybox reads a whole line).
printf 'abc\n' | { read -n 0 x; echo "6 [$x] $?"; read y; echo "6 [$y]"; }
# Without a name the line goes to REPLY unsplit, white space kept.
printf '  a  b  \n' | { read; echo "7 [$REPLY] $?"; }
printf '  a\\ b\\\n c \n' | { read; echo "8 [$REPLY]"; }
printf '  a\\ b\n' | { read -r; echo "9 [$REPLY]"; }
# -p writes its prompt only when standard input is a terminal.
echo x | { read -p 'PROMPT ' v 2>&1; echo "10 [$v]"; }
# -t: a line in time; -t 0 tells whether input is waiting.
echo y | { read -t 5 a; echo "11 [$a] $?"; }
{ read -t 0 a; echo "12 $? [$a]"; } < f
# Times out: status 142 (128 + SIGALRM), the partial line is assigned
# (busybox: status 1, the variable unchanged).
{ printf 'par'; sleep 2; printf 'tial\n'; } | {
	a=old; read -t 0.2 a; echo "13 $? [$a]"
	read b; echo "13 [$b]"
}
# -n on a regular file leaves the rest for the next reader.
{ read -n 2 a; cat; } < f
