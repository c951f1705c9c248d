# Assignments before exec with a command go into its environment.
foo=bar exec sh -c 'echo "foo=$foo"'
echo not reached
