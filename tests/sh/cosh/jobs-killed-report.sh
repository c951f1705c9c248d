# A foreground command killed by a signal is reported on stderr as dash
# reports it: the signal's description alone, one line for each process
# of a pipeline, nothing for SIGINT and SIGPIPE, nothing when the command
# redirected its own stderr (dash writes the line there). Command
# substitutions and subshells report too. bash --posix prints
# "line N: PID Killed  cmd" in a script and nothing for -c, yash nothing,
# busybox ash no Quit: cosh follows dash (in pipeline order).
ulimit -c 0
sh -c 'kill -KILL $$'
echo "st=$?"
sh -c 'kill -TERM $$'
sh -c 'kill -USR2 $$'
sh -c 'kill -QUIT $$'
sh -c 'kill -INT $$'
sh -c 'kill -PIPE $$'
echo quiet
sh -c 'kill -TERM $$' | sh -c 'sleep 0.2; kill -HUP $$'
x=$(sh -c 'kill -ALRM $$')
echo "cmdsub=$?"
(sh -c 'kill -KILL $$')
sh -c 'kill -KILL $$' 2>/dev/null
{ sh -c 'kill -KILL $$'; } 2>/dev/null
echo end
