# local is a special builtin in dash: a readonly name given a value is an
# error that ends a non-interactive shell; under `command` it does not.
readonly r=1
f() { command local r=2; echo "status $? r=$r"; }
f
g() { local r=2; echo "not reached"; }
g
echo "not reached"
