case a in a) false;; esac; echo $?
case a in a) (exit 4);; esac; echo $?
