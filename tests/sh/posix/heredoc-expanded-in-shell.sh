# skip-shells: bash
# The here-document body and the target word of a redirection of a
# command that runs in a child process are expanded by the shell itself:
# ${x=word} there assigns in the shell (dash, yash; bash --posix expands
# them in the child, so its assignments are lost).
cat <<EOF
${hd=from here-document}
EOF
echo "hd=$hd"
cat </dev/null >${target=/dev/null}
echo "target=$target"
