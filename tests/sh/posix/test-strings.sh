test -n abc && echo n1
test -n '' || echo n0
test -z '' && echo z1
test abc && echo nonempty
test '' || echo empty
test x = x && echo eq
test x != y && echo ne
test -n && echo one-arg-is-string
[ = ] && echo eq-alone
[ '!' ] && echo bang-alone
