# No pathname expansion in assignments or case words.
touch zz
x=z*
echo "$x"
case z* in z\*) echo literal-case-word;; esac
