if true; then echo t1; fi
if false; then echo no; else echo e1; fi
if false; then echo no; elif true; then echo el; else echo no; fi
if false; then :; fi; echo "status $?"
if (exit 3); then :; else echo "else status $?"; fi
x=$(if false; then :; elif false; then :; fi); echo "elif none $?"
