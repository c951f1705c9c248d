echo $(echo $(echo $(echo deep)))
echo `echo \`echo inner\``
echo "$(echo "$(echo "q  uoted")")"
