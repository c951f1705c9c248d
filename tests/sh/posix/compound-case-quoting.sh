p='a*'
case abc in "$p") echo quoted-literal;; $p) echo unquoted-pattern;; esac
case 'a*' in "$p") echo quoted-literal;; esac
case x in "") echo no;; x) echo yes;; esac
