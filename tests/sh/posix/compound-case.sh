case abc in
a) echo no;;
a*) echo a-star;;
*) echo no;;
esac
case x in y) echo no;; esac; echo "nomatch $?"
case b in a|b|c) echo alt;; esac
case '' in '') echo empty;; esac
