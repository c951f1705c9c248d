# An alias that expands to nothing or to blanks leaves an empty command
# line, which does not change $? (XCU 2.3.1, 2.9.1).
alias empty='' blanks='   '
false
empty
echo empty $?
false
blanks
echo blanks $?
alias e='echo'
empty e after-empty
blanks e after-blanks
echo "[$(empty)]"
{
	empty
	echo in-braces
}
case x in x)
	empty
	echo in-case
esac
(
echo piped | blanks
cat
) </dev/null
false ||
empty
echo after-or
blanks if true; then echo if-after-blanks; fi
