# DESIGN.md "exec, precisely": assignments before exec without a command
# persist in the shell but are not exported.  dash does the same; bash and
# yash export them (POSIX leaves it unspecified).
x=kept exec
echo "shell: $x"
sh -c 'echo "child: ${x-unset}"'
