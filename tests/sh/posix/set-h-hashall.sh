# set -h (hashall, XCU set) is accepted and shows in $-; set +h turns it
# off. dash has no -h.
# skip-shells: dash
set -h
echo set $?
case $- in *h*) echo in-dollar-minus;; esac
set +h
case $- in *h*) echo still-on;; *) echo off;; esac
