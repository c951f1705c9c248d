if true; then echo if-out; fi >f1
while read -r l; do echo "read $l"; done <f1
for i in a b; do echo $i; done >f2; cat f2
{ echo brace; } 2>/dev/null >f3; cat f3
case x in x) echo case-out;; esac >f4; cat f4
(echo sub) >f5; cat f5
