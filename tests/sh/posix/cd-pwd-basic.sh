mkdir -p a/b
cd a/b
pwd | sed 's|.*/\(a/b\)$|\1|'
cd ..
basename "$(pwd)"
cd -P .. && [ "$(pwd)" = "$(pwd -P)" ] && echo physical
[ "$PWD" = "$(pwd)" ] && echo PWD-set
