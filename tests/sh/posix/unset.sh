x=1; unset x; echo "[${x-unset}]"
f() { :; }; unset -f f; command -v f || echo no-f
y=2; unset -v y; echo "[${y-unset}]"
unset never_set; echo "status $?"
