# ENTRYPOINT ["/bin/sh", "/entry.sh"]: set things up, then become "$@".
set -e
ENTRY_RAN=yes
export ENTRY_RAN
exec "$@"
