# . runs a file in the current environment.
cat >lib.sh <<'EOF'
libvar=from-lib
libfn() { echo "libfn $1"; }
echo "sourced with $# args"
EOF
. ./lib.sh
echo $libvar
libfn x
