# The dot utility searches PATH for a file (XCU dot, 2.9.1.1): a directory of
# the same name in an earlier PATH element is not the file; the search goes on.
mkdir -p p1/dotted p2
echo 'echo found in p2' > p2/dotted
PATH=$PWD/p1:$PWD/p2:$PATH
. dotted
echo "status $?"
