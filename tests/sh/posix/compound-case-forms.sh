case a in (a) echo paren-form;; esac
case a in a) echo no-dsemi
esac
false
case a in
	# comment
	a)
	;;
esac
echo "empty body status $?"
case a in b) ;; *) echo default; esac
