umask 027
umask
touch f
ls -l f | cut -c1-10
umask 0
umask
umask 22; umask
