# skip-shells: dash
# jobs in a pipeline or a command substitution lists the parent's jobs
# (bash and yash; dash lists nothing there), one line each. The
# subshell cannot wait for them: they are not its children.
sleep 10 & p=$!
case $(jobs) in *'sleep 10'*) echo cmdsub-lists-it ;; esac
jobs | grep -c 'sleep 10'
n=$(jobs | wc -l)
[ "$n" -eq 1 ] && echo one-line
(wait %1) 2>/dev/null
echo "subshell-wait=$?"
kill "$p"
wait "$p"
[ $? -gt 128 ] && echo killed
