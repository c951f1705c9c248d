echo x >f
exec 3<f
exec 3<&-
ls /proc/self/fd | tr '\n' ' '; echo
exec 4<f
ls /proc/self/fd | tr '\n' ' '; echo
exec 4<&-
