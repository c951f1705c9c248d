# n>&n is a no-op on an open fd.
echo same 1>&1
echo to-err >&2 2>&2
