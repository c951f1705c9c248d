# skip-shells: dash
# XCU cd step 8.b: with -L, a component before ".." that is not a
# directory (missing, or a file) makes cd fail instead of being dropped
# (bash, yash; dash drops it).
mkdir a
touch file
cd -L missing/../a 2>/dev/null || echo "missing fails"
cd -L file/../a 2>/dev/null || echo "file fails"
cd -L a/../a && echo "a/../a works"
