echo gone >/dev/null
cat </dev/null
echo x 2>/dev/null >&2
ls /nonexistent-xyz 2>/dev/null || echo ls-failed
