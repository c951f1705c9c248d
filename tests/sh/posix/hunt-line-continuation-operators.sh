# A backslash-newline is removed before tokens are recognized, so it may
# split an operator (XCU 2.2.1, 2.3).
true &\
& echo and
false |\
| echo or
echo x >\
> /dev/null
cat <\
<E
here
E
case a in a) echo case-arm ;\
; esac
echo a ;\
echo b
echo dup 2>\
&1
cat <<\
-E
	stripped
	E
