set -o noglob
case $- in *f*) echo f-set;; esac
set +o noglob
set -o nounset
case $- in *u*) echo u-set;; esac
set +u
set -C
case $- in *C*) echo C-set;; esac
