export exported_var=yes
unexported_var=no
exec sh -c 'echo "[$exported_var] [${unexported_var-unset}]"'
