unset u
echo "[${u#x}]" "[${u%%*}]" "[${#u}]"
