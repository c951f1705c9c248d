# Inside backquotes, backslash before $ ` \ is removed first.
x=v
echo `echo \$x`
echo `echo '\\'`
echo "`echo \"dq\"`"
