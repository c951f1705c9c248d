# set -v writes input lines as the shell reads them (XCU set -v); the text of
# a command substitution is part of a line already written and is not
# written again when the substitution runs. The shell under test is re-run
# through /proc/$$/exe (Linux) so that its stderr can be captured.
sh=$(readlink /proc/$$/exe)
printf '%s\n' 'x=$(echo cs)' 'echo "$x" `echo bq`' | "$sh" -v 2>&1
