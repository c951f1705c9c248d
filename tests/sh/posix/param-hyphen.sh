# $- contains the single-letter options in effect.
set -u
case $- in *u*) echo has-u;; esac
set +u -f
case $- in *u*) echo still-u;; *f*) echo has-f;; esac
