case $PPID in ''|*[!0-9]*) echo bad;; *) echo numeric-ppid;; esac
[ "$PWD" = "$(pwd -P)" ] && echo pwd-matches
(PPID=1) 2>/dev/null; echo ok
