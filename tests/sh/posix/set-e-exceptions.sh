# set -e is ignored in conditions, && || lists (except last), and !.
set -e
if false; then :; fi
while false; do :; done
false || true
false && true
! true
true && ! true
f() { false; echo f-continues; }
f || true
echo survived
(false; echo no)
echo not reached
