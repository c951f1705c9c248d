# cd out of a directory that was removed: an operand that needs its name
# fails (its parent is gone too, or XCU cd 8.b finds no directory before
# ..), an absolute one works and OLDPWD keeps the removed name; cd -P ..
# goes to the physical parent.
top=$(pwd -P)
cd "$top" || exit 1
mkdir -p a/b c/d
cd a/b
rmdir "$top/a/b" "$top/a"
cd .. 2>/dev/null
[ $? -ne 0 ] && echo dotdot-failed
cd . 2>/dev/null
[ $? -ne 0 ] && echo dot-failed
cd "$top" && [ "$PWD" = "$top" ] && [ "$OLDPWD" = "$top/a/b" ] && echo back
cd c/d
rmdir "$top/c/d"
cd -P .. && [ "$(pwd)" = "$top/c" ] && [ "$OLDPWD" = "$top/c/d" ] &&
	echo physical-parent
