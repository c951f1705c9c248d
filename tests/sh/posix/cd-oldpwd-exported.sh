# cd sets OLDPWD to the previous PWD and PWD to the new directory, both in
# the environment of the commands run afterwards (dash, bash, yash); a
# failed cd changes neither.
top=$(pwd -P)
cd "$top" || exit 1
mkdir d
cd d
env | grep -q "^OLDPWD=$top\$" && echo oldpwd-exported
env | grep -q "^PWD=$top/d\$" && echo pwd-exported
cd /nonexistent-dir-xyz 2>/dev/null
[ "$OLDPWD" = "$top" ] && [ "$PWD" = "$top/d" ] && echo unchanged
cd - >/dev/null && [ "$PWD" = "$top" ] && [ "$OLDPWD" = "$top/d" ] && echo swapped
