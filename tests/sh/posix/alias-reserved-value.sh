# An alias value may be a reserved word or an operator: the word it gives
# is recognized as it would be in the input (XCU 2.3.1).
alias myif='if' mythen='then' myfi='fi'
myif true; mythen echo if-ok; myfi
alias mywhile='while' mydo='do' mydone='done'
i=0
mywhile [ $i -lt 2 ]; mydo i=$((i+1)); echo loop $i; mydone
alias lb='{' rb='}'
lb echo brace; rb
alias bang='!'
bang false && echo bang-ok
alias myfor='for' myin='in'
myfor x in a b; do echo for $x; done
alias mycase='case' myesac='esac'
mycase x in x) echo case-ok;
myesac
alias ds=';;'
case x in x) echo before-dsemi; ds esac
case y in y) ds esac
alias lp='(' rp=')'
lp echo paren; rp
(echo subshell; rp
alias pipe='echo piped |'
pipe cat
alias andand='true &&'
andand echo and-ok
alias redir='echo lost >'
redir /dev/null
echo end
alias i='if echo' t='then echo' ei='elif echo' es='else echo' f='fi </dev/null'
i if; then echo then1; fi
if false; then :; ei elif; then echo then2; fi
if false; then :; es else; f
alias w='while :' dn='done | cat -'
w; do echo while-piped; break; dn
