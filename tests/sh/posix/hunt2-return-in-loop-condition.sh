# return in the condition of a while or until loop ends the function with
# the return's status (XCU return: "the exit status ... shall be the value
# specified by n"); the loop's own status (0 when no body ran) must not
# replace it.
f() { while return 5; do :; done; echo not reached; }
f; echo "while: $?"
g() { until return 6; do :; done; echo not reached; }
g; echo "until: $?"
h() { while true && return 7; do break; done; }
h; echo "and-or: $?"
i=0
k() { while [ $((i += 1)) -lt 3 ]; do :; done; while return 8; do :; done; }
k; echo "after a loop ran: $?"
echo 'while return 9; do :; done' > dotted
d() { . ./dotted; echo "dot: $?"; }
d
