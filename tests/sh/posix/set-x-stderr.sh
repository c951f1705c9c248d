# set -x traces to stderr, so stdout is unchanged.
set -x
echo traced
set +x
