path=/a/b/c.d
ext=.d
echo "${path%"$ext"}" "${path##*/}" "${path%/*}"
