# `command` turns off the special builtin's exit on error.
(command set -o no-such-option-xyz 2>/dev/null; echo continued)
(command unset -x foo 2>/dev/null; echo continued)
(command . ./no-such-file 2>/dev/null; echo continued)
