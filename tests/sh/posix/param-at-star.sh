# XCU 2.5.2 $@ and $*.
set -- 'a b' c ''
for i in "$@"; do echo "[$i]"; done
for i in "$*"; do echo "<$i>"; done
for i in $@; do echo "{$i}"; done
IFS=:
echo "$*"
