true && echo a1
false && echo no
false || echo o1
true || echo no
false || false || echo o2
true && false || echo mixed
false && echo no || echo after-and
true || false && echo left-assoc
