f() { :; }
type f >/dev/null && echo f-found
type cd >/dev/null && echo cd-found
type no-such-xyz >/dev/null 2>&1 || echo not-found
