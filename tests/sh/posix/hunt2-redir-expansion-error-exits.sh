# An expansion error in a redirection word is an expansion error (XCU 2.8.1):
# a non-interactive shell exits, also for regular utilities, compound
# commands and functions. Each case runs in a subshell whose status varies
# (2 in dash and yash, 127 in bash), so only "nonzero" is checked.
unset x
(true > ${x?}; echo survived-simple) 2>/dev/null || echo nonzero-simple
({ true; } > ${x?}; echo survived-group) 2>/dev/null || echo nonzero-group
(f() { :; }; f > ${x?}; echo survived-function) 2>/dev/null || echo nonzero-function
(true < ${x?}; echo survived-input) 2>/dev/null || echo nonzero-input
(true > $((1/0)); echo survived-arith) 2>/dev/null || echo nonzero-arith
(set -u; true > $x; echo survived-nounset) 2>/dev/null || echo nonzero-nounset
(true 2>&${x?}; echo survived-dup) 2>/dev/null || echo nonzero-dup
