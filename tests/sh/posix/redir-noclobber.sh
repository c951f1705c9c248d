# XCU 2.7.2: with set -C, > fails on an existing regular file; >| does not.
echo orig >f
set -C
(echo new >f) 2>/dev/null || echo refused
cat f
echo forced >|f
cat f
echo appended >>f
echo ok >/dev/null && echo dev-null-allowed
echo fresh >newfile && cat newfile
set +C
echo allowed-again >f; cat f
