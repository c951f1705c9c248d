set -- 1 2 3 4 5 6 7 8 9 10 11 12
count() { echo $#; }
count "$@"
count "pre$@post"
echo "pre$@post"
