mkdir -p base/target
CDPATH=$(pwd)/base
cd target | sed 's|.*/base/|CDPATH:|'
cd target >/dev/null
basename "$PWD"
