umask 022
(umask 077; umask)
umask
(set -f; case $- in *f*) echo f-in-sub;; esac)
case $- in *f*) echo leaked;; *) echo not-leaked;; esac
