x=hello
case $x in h${x#h}) echo expanded-pattern;; esac
case "$(echo b)" in a) echo no;; $(echo b)) echo cmdsub;; esac
