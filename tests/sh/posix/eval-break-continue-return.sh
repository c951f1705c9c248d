# break, continue and return run by eval act on the enclosing loop or
# function (XCU eval, break, continue, return).
for i in 1 2 3; do eval break; echo no; done
echo break $i
for i in 1 2 3; do eval 'continue'; echo no; done
echo continue $i
for i in 1 2; do for j in a b; do eval 'break 2'; done; done
echo break2 $i$j
for i in 1 2; do for j in a b; do eval 'continue 2'; echo no; done; done
echo continue2 $i$j
f() { eval 'return 3'; echo no; }
f
echo return $?
g() { eval 'false; return'; echo no; }
g
echo return-status $?
h() { for i in 1 2; do eval 'if [ $i = 2 ]; then return 4; fi'; done; echo no; }
h
echo return-in-loop $? $i
