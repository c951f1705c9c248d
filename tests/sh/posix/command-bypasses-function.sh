echo() { printf 'func-echo\n'; }
echo x
command echo real
command -v echo
unset -f echo
ls() { :; }
command ls /dev/null
