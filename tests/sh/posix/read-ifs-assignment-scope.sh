# IFS assigned before read applies to that read only (read is a regular
# builtin, XCU 2.9.1); before eval (a special builtin) it stays.
printf 'a:b c\n' > in
IFS=: read x y < in; echo "1 [$x][$y]"
case $IFS in ' '?'
') echo "1 IFS default" ;; *) echo "1 IFS changed" ;; esac
unset IFS
IFS=: read x y < in; echo "2 [$x][$y] [${IFS-unset}]"
IFS=' '
f() { IFS=: read x y; echo "3 [$x][$y] [$IFS]"; }
f < in
echo "3 after [$IFS]"
IFS=: command read x y < in; echo "4 [$x][$y] [$IFS]"
printf 'a:b\nc:d\n' > in2
while IFS=: read x y; do echo "5 [$x][$y] [$IFS]"; done < in2
IFS=: eval 'read x y' < in; echo "6 [$x][$y] [$IFS]"
