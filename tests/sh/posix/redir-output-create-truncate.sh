# XCU 2.7.2: > creates or truncates.
echo first >f
echo second >f
cat f
>g
[ -f g ] && [ ! -s g ] && echo created-empty
