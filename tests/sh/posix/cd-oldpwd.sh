mkdir d1 d2
cd d1; cd ../d2
cd - | sed 's|.*/||'
basename "$PWD"
basename "$OLDPWD"
