echo "$(echo 'single ) paren')"
echo "$(echo "double ) paren")"
echo $(echo \) )
x=$(case a in a) echo case-in-cmdsub;; esac)
echo "$x"
echo $( # comment with )
echo after-comment )
