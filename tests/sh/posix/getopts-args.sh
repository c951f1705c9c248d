OPTIND=1
while getopts xy o -y -x; do echo $o; done
