# A symbolic umask may copy the permissions of one class to another (XCU
# chmod permcopy: u, g, o after the operator); the copy is of what the mask
# allowed before the command, as dash and yash do. bash has no permcopy.
# skip-shells: bash
umask 027; umask g=u; umask
umask 027; umask o=g; umask
umask 022; umask g+u; umask
umask 022; umask o-g; umask
umask 000; umask go=u-w; umask
umask 022; umask ug=o; umask
umask 022; umask g=u,o=g; umask
umask 777; umask u=rwx,o=u; umask
umask 022; umask u=rx,g=u-x; umask
umask 022; umask g=u; umask -S
