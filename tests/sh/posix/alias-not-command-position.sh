# Only words in command position are alias-substituted: not the name and
# words of for, not the word and patterns of case, not a here-document
# delimiter (XCU 2.3.1).
alias in=out x=y p=echo END=nothing
for x in a b; do echo $x; done
case x in x) echo case-x;; esac
case p in p) p pattern-p;; esac
for i in p; do p $i; done
cat <<END
body
END
