# XCU 2.7.7: <> opens for reading and writing, creating, not truncating.
echo hello >f
echo J 1<>f
cat f
: <>new
[ -f new ] && echo created
