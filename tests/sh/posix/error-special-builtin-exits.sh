# XCU 2.8.1: a special builtin's utility error exits a non-interactive shell.
(set -o no-such-option-xyz 2>/dev/null; echo not reached)
echo "set error: $([ $? -ne 0 ] && echo exited)"
(unset -x foo 2>/dev/null; echo not reached)
echo "unset error: $([ $? -ne 0 ] && echo exited)"
(eval 'if' 2>/dev/null; echo not reached)
echo "eval syntax error: $([ $? -ne 0 ] && echo exited)"
