# A backslash-newline inside a reserved word or an alias name is removed
# before the word is recognized (XCU 2.2.1, 2.3, 2.4, 2.3.1).
i\
f true; th\
en echo then; f\
i
ca\
se a in a) echo case ;; es\
ac
for i i\
n 1 2; d\
o echo $i; don\
e
alias ll=echo
l\
l aliased
for i in 3; do\
 echo $i; done
!\
 false && echo negated
{\
 echo brace; }
