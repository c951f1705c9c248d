# Under set -v the output of a trap action is not glued to any echoed text:
# shells either do not echo a trap action (dash, yash) or echo it as a
# whole line (bash), so the action's output is a line of its own (XCU set
# -v writes input lines). The shell under test is re-run via /proc/$$/exe.
sh=$(readlink /proc/$$/exe)
printf '%s\n' 'trap "echo tr" EXIT' 'eval "echo ev"' | "$sh" -v 2>&1 | grep -x -e tr -e ev
